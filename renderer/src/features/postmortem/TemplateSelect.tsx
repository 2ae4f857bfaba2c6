import { NativeSelect, Stack, Text } from '@mantine/core'
import type { PostmortemView } from '../../../../shared/contract/postmortem'
import { errorMessage } from '../../bridge'
import { useSetTemplate } from './mutations'
import { usePostmortemTemplates } from './queries'

/**
 * The template decides which sections the editor shows and how the file reads. Switching keeps
 * everything written: sections the new template leaves out are hidden, not deleted.
 */
export function TemplateSelect({ incidentId, view }: { incidentId: string; view: PostmortemView }) {
  const templates = usePostmortemTemplates()
  const setTemplate = useSetTemplate(incidentId)
  const listed = templates.data?.templates ?? []
  const options = listed.map((t) => ({
    value: t.id,
    label: t.origin === 'user' ? `${t.name} (your template)` : t.name,
  }))
  if (!listed.some((t) => t.id === view.template.id)) {
    const missing = view.template.found ? view.template.name : `${view.template.id} (missing)`
    options.unshift({ value: view.template.id, label: missing })
  }
  const problems = templates.data?.errors ?? []
  const error = setTemplate.isError
    ? `${errorMessage(setTemplate.error)}. The template was not changed.`
    : templates.isError
      ? `Could not list the templates: ${errorMessage(templates.error)}`
      : undefined
  const description = listed.find((t) => t.id === view.template.id)?.description
  return (
    <Stack gap={4}>
      <NativeSelect
        label="Template"
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
          The template “{view.template.id}” is gone; the file renders with {view.template.name}.
        </Text>
      )}
      {problems.map((problem) => (
        <Text key={`${problem.file}:${problem.line ?? ''}`} size="xs" c="red" maw={420}>
          Template file {problem.file} could not be loaded: {problem.message}
        </Text>
      ))}
    </Stack>
  )
}
