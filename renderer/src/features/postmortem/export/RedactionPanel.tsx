import { Alert, Checkbox, Group, List, Stack, Text, Textarea } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { REDACTION_RULES, type RedactionRule } from '../../../../../shared/domain/postmortem/redact'
import { errorMessage } from '../../../bridge'
import { formatNumber } from '../../../i18n/format'
import { useRedactionPreview } from '../queries'
import { findingPlace } from './finding-place'
import { useCheckedRedaction, useRedactionStore } from './redaction-store'

/** What export will hide, chosen here and previewed before anything leaves the machine. */
export function RedactionPanel({ incidentId }: { incidentId: string }) {
  const { t } = useTranslation('postmortem')
  const store = useRedactionStore()
  const checked = useCheckedRedaction()
  const patternError = checked.problems
    .map((p) => t('redaction.patternLine', { line: p.line, message: p.message }))
    .join('\n')
  return (
    <Stack gap="sm">
      <Group gap="lg" wrap="wrap">
        <Checkbox
          label={t('redaction.secrets')}
          checked={store.secrets}
          onChange={(event) => store.set({ secrets: event.currentTarget.checked })}
        />
        <Checkbox
          label={t('redaction.emails')}
          checked={store.emails}
          onChange={(event) => store.set({ emails: event.currentTarget.checked })}
        />
        <Checkbox
          label={t('redaction.ips')}
          checked={store.ipAddresses}
          onChange={(event) => store.set({ ipAddresses: event.currentTarget.checked })}
        />
      </Group>
      <Textarea
        label={t('redaction.patterns')}
        description={t('redaction.patternsDescription')}
        value={store.patternsText}
        onChange={(event) => store.set({ patternsText: event.currentTarget.value })}
        error={patternError || undefined}
        styles={{
          error: { whiteSpace: 'pre-line' },
          input: { fontFamily: 'var(--mantine-font-family-monospace)' },
        }}
        autosize
        minRows={2}
        maxRows={8}
      />
      {checked.problems.length > 0 ? (
        <Text size="sm" c="red">
          {t('redaction.fixPatterns')}
        </Text>
      ) : (
        <RedactionFindings incidentId={incidentId} />
      )}
    </Stack>
  )
}

function RedactionFindings({ incidentId }: { incidentId: string }) {
  const { t } = useTranslation('postmortem')
  const { options } = useCheckedRedaction()
  const preview = useRedactionPreview(incidentId, options)
  if (preview.isPending)
    return (
      <Text size="sm" c="dimmed">
        {t('redaction.looking')}
      </Text>
    )
  if (preview.isError) {
    return (
      <Alert color="red" variant="light" role="alert" p="xs">
        {t('redaction.previewFailed', { reason: errorMessage(preview.error) })}
      </Alert>
    )
  }
  const { total, byRule, findings, truncated, notes } = preview.data
  const counts = REDACTION_RULES.flatMap((rule) => {
    const count = byRule[rule]
    return count ? [t(`redaction.counted.${rule}`, { count, shown: formatNumber(count) })] : []
  })
  return (
    <Stack gap={6} aria-label={t('redaction.previewLabel')} role="region">
      <Text size="sm" fw={500}>
        {total === 0
          ? t('redaction.nothing')
          : t('redaction.willRedact', { list: counts.join(', ') })}
      </Text>
      <FindingList findings={findings} />
      {truncated && (
        <Text size="xs" c="dimmed">
          {t('redaction.onlyFirst', { shown: formatNumber(findings.length) })}
        </Text>
      )}
      {notes.map((note) => (
        <Text key={note} size="xs" c="dimmed">
          {t(`redaction.notes.${note}`)}
        </Text>
      ))}
    </Stack>
  )
}

type Finding = { rule: RedactionRule; text: string; where: string }

/** Each text that will go, struck through, and where it was found. */
function FindingList({ findings }: { findings: readonly Finding[] }) {
  const { t } = useTranslation('postmortem')
  if (findings.length === 0) return null
  return (
    <List size="sm" spacing={2}>
      {findings.map((finding, index) => (
        <List.Item key={index}>
          <Text span ff="monospace" size="sm" td="line-through">
            {finding.text}
          </Text>{' '}
          <Text span size="xs" c="dimmed">
            {t('redaction.foundIn', {
              where: findingPlace(finding.where, t),
              rule: t(`redaction.rule.${finding.rule}`),
            })}
          </Text>
        </List.Item>
      ))}
    </List>
  )
}
