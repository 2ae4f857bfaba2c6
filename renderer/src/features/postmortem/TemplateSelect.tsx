import { NativeSelect, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { PostmortemView, TemplateLoadError } from '../../../../shared/contract/postmortem'
import { errorMessage } from '../../bridge'
import { i18n } from '../../i18n'
import { wordMessage } from '../../i18n/messages'
import { useSetTemplate } from './mutations'
import { usePostmortemTemplates } from './queries'

/** A template file's problem in the UI language, with its line; as the backend wrote it otherwise. */
export function templateProblemText(problem: TemplateLoadError): string {
  const worded = wordMessage(problem.text, '')
  if (!worded) return problem.message
  if (problem.line === null) return worded
  return i18n.t('msgWork:templateFile.atLine', { line: problem.line, problem: worded })
}

/**
 * The template decides which sections the editor shows and how the file reads. Switching keeps
 * everything written: sections the new template leaves out are hidden, not deleted.
 */
export function TemplateSelect({ incidentId, view }: { incidentId: string; view: PostmortemView }) {
  const { t } = useTranslation('postmortem')
  const templates = usePostmortemTemplates()
  const setTemplate = useSetTemplate(incidentId)
  const listed = templates.data?.templates ?? []
  const options = listed.map((template) => ({
    value: template.id,
    label:
      template.origin === 'user' ? t('template.yours', { name: template.name }) : template.name,
  }))
  if (!listed.some((template) => template.id === view.template.id)) {
    const missing = view.template.found
      ? view.template.name
      : t('template.missing', { id: view.template.id })
    options.unshift({ value: view.template.id, label: missing })
  }
  const problems = templates.data?.errors ?? []
  const error = setTemplate.isError
    ? t('template.notChanged', { reason: errorMessage(setTemplate.error) })
    : templates.isError
      ? t('template.listFailed', { reason: errorMessage(templates.error) })
      : undefined
  const description = listed.find((template) => template.id === view.template.id)?.description
  return (
    <Stack gap={4}>
      <NativeSelect
        label={t('template.label')}
        data={options}
        value={view.template.id}
        onChange={(event) => setTemplate.mutate(event.currentTarget.value)}
        disabled={setTemplate.isPending || templates.isPending}
        error={error}
        title={description}
        w={260}
      />
      {!view.template.found && (
        <Text size="xs" c="orange">
          {t('template.gone', { id: view.template.id, name: view.template.name })}
        </Text>
      )}
      {problems.map((problem) => (
        <Text key={`${problem.file}:${problem.line ?? ''}`} size="xs" c="red" maw={420}>
          {t('template.fileFailed', { file: problem.file, message: templateProblemText(problem) })}
        </Text>
      ))}
    </Stack>
  )
}
