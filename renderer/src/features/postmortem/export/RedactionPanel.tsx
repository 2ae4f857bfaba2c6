import { Alert, Checkbox, Group, List, Stack, Text, Textarea } from '@mantine/core'
import { REDACTION_RULES, type RedactionRule } from '../../../../../shared/domain/postmortem/redact'
import { errorMessage } from '../../../bridge'
import { useRedactionPreview } from '../queries'
import { useCheckedRedaction, useRedactionStore } from './redaction-store'

/** Singular and plural, for "2 e-mail addresses, 1 API key". */
const RULE_NAMES: Record<RedactionRule, readonly [string, string]> = {
  email: ['e-mail address', 'e-mail addresses'],
  ipv4: ['IPv4 address', 'IPv4 addresses'],
  ipv6: ['IPv6 address', 'IPv6 addresses'],
  bearer: ['bearer token', 'bearer tokens'],
  api_key: ['API key', 'API keys'],
  secret: ['secret', 'secrets'],
  custom: ['match of your patterns', 'matches of your patterns'],
}

const counted = (count: number, rule: RedactionRule) =>
  `${count} ${RULE_NAMES[rule][count === 1 ? 0 : 1]}`

/** What export will hide, chosen here and previewed before anything leaves the machine. */
export function RedactionPanel({ incidentId }: { incidentId: string }) {
  const store = useRedactionStore()
  const checked = useCheckedRedaction()
  const patternError = checked.problems.map((p) => `Line ${p.line}: ${p.message}`).join('\n')
  return (
    <Stack gap="sm">
      <Group gap="lg" wrap="wrap">
        <Checkbox
          label="Secrets: bearer tokens, API keys, passwords"
          checked={store.secrets}
          onChange={(event) => store.set({ secrets: event.currentTarget.checked })}
        />
        <Checkbox
          label="E-mail addresses"
          checked={store.emails}
          onChange={(event) => store.set({ emails: event.currentTarget.checked })}
        />
        <Checkbox
          label="IP addresses (IPv4 and IPv6)"
          checked={store.ipAddresses}
          onChange={(event) => store.set({ ipAddresses: event.currentTarget.checked })}
        />
      </Group>
      <Textarea
        label="Your own patterns"
        description="One JavaScript regular expression per line, e.g. cust-\d{6} for customer numbers."
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
          Fix the patterns above to see the preview; nothing can be exported until then.
        </Text>
      ) : (
        <RedactionFindings incidentId={incidentId} />
      )}
    </Stack>
  )
}

function RedactionFindings({ incidentId }: { incidentId: string }) {
  const { options } = useCheckedRedaction()
  const preview = useRedactionPreview(incidentId, options)
  if (preview.isPending)
    return (
      <Text size="sm" c="dimmed">
        Looking for what to redact…
      </Text>
    )
  if (preview.isError) {
    return (
      <Alert color="red" variant="light" role="alert" p="xs">
        Could not preview the redaction: {errorMessage(preview.error)}.
      </Alert>
    )
  }
  const { total, byRule, findings, truncated, notes } = preview.data
  const counts = REDACTION_RULES.flatMap((rule) => {
    const count = byRule[rule]
    return count ? [counted(count, rule)] : []
  })
  return (
    <Stack gap={6} aria-label="Redaction preview" role="region">
      <Text size="sm" fw={500}>
        {total === 0
          ? 'Nothing to redact with these choices.'
          : `Will be redacted: ${counts.join(', ')}.`}
      </Text>
      <FindingList findings={findings} />
      {truncated && (
        <Text size="xs" c="dimmed">
          Only the first {findings.length} are listed.
        </Text>
      )}
      {notes.map((note) => (
        <Text key={note} size="xs" c="dimmed">
          {note}
        </Text>
      ))}
    </Stack>
  )
}

type Finding = { rule: RedactionRule; text: string; where: string }

/** Each text that will go, struck through, and where it was found. */
function FindingList({ findings }: { findings: readonly Finding[] }) {
  if (findings.length === 0) return null
  return (
    <List size="sm" spacing={2}>
      {findings.map((finding, index) => (
        <List.Item key={index}>
          <Text span ff="monospace" size="sm" td="line-through">
            {finding.text}
          </Text>{' '}
          <Text span size="xs" c="dimmed">
            in {finding.where} ({RULE_NAMES[finding.rule][0]})
          </Text>
        </List.Item>
      ))}
    </List>
  )
}
