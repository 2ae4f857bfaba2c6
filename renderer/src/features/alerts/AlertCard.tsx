import { Anchor, Badge, Button, Code, Group, Paper, Stack, Text } from '@mantine/core'
import { Trans, useTranslation } from 'react-i18next'
import type { AlertView } from '../../../../shared/contract/prometheus'
import { formatAge } from '../../ui/duration'
import { TimeText } from '../../ui/TimeText'
import type { DisplayZone } from '../../ui/time'

const STATE_COLOR: Record<AlertView['state'], string> = {
  firing: 'red',
  pending: 'yellow',
  suppressed: 'gray',
  unprocessed: 'gray',
}

/** Only http(s) links become links; anything else is shown as text. */
function safeHref(url: string | undefined): string | null {
  if (!url) return null
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.toString() : null
  } catch {
    return null
  }
}

interface AlertCardProps {
  alert: AlertView
  zone: DisplayZone
  now: number
  onDeclare: () => void
}

export function AlertCard({ alert, zone, now, onDeclare }: AlertCardProps) {
  const { t } = useTranslation('alerts')
  const look = { label: t(`state.${alert.state}`), color: STATE_COLOR[alert.state] }
  const runbook = alert.annotations.runbook_url ?? alert.annotations.runbook
  const runbookHref = safeHref(runbook)
  const labels = Object.entries(alert.labels).filter(([name]) => name !== 'alertname')
  const muted = [
    alert.silencedBy.length > 0 ? t('card.silenced', { count: alert.silencedBy.length }) : '',
    alert.inhibitedBy.length > 0 ? t('card.inhibited', { count: alert.inhibitedBy.length }) : '',
  ].filter(Boolean)
  return (
    <Paper
      withBorder
      p="sm"
      component="article"
      aria-label={t('card.label', { name: alert.name, state: look.label.toLowerCase() })}
      style={{ borderLeft: `4px solid var(--mantine-color-${look.color}-6)` }}
    >
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Group gap="xs">
              <Text fw={700}>{alert.name}</Text>
              <Badge color={look.color} variant="light" radius="sm">
                {look.label}
              </Badge>
              {muted.map((text) => (
                <Badge key={text} color="gray" variant="outline" radius="sm">
                  {text}
                </Badge>
              ))}
              {alert.labels.severity && (
                <Badge variant="outline" radius="sm" tt="none">
                  {t('card.severity', { value: alert.labels.severity })}
                </Badge>
              )}
            </Group>
            {alert.annotations.summary && <Text size="sm">{alert.annotations.summary}</Text>}
          </Stack>
          <Button size="xs" onClick={onDeclare}>
            {t('card.declare')}
          </Button>
        </Group>
        {alert.annotations.description && (
          <Text size="sm" c="dimmed">
            {alert.annotations.description}
          </Text>
        )}
        <Group gap={4}>
          {labels.map(([name, value]) => (
            <Code key={name} fz="xs">
              {name}=&quot;{value}&quot;
            </Code>
          ))}
        </Group>
        <Group gap="md">
          {alert.activeAt !== null && (
            <Text size="xs" c="dimmed">
              <Trans
                t={t}
                i18nKey="card.activeSince"
                values={{ age: formatAge(alert.activeAt, now) }}
                components={{ time: <TimeText ms={alert.activeAt} zone={zone} withDate /> }}
              />
            </Text>
          )}
          {alert.value !== null && (
            <Text size="xs" c="dimmed">
              {t('card.value', { value: alert.value })}
            </Text>
          )}
          {runbookHref ? (
            <Anchor href={runbookHref} target="_blank" rel="noopener noreferrer" size="xs">
              {t('card.runbookLink')}
            </Anchor>
          ) : (
            runbook && (
              <Text size="xs" c="dimmed">
                {t('card.runbookText', { runbook })}
              </Text>
            )
          )}
        </Group>
        {alert.expr && (
          <Code block fz="xs">
            {alert.expr}
          </Code>
        )}
      </Stack>
    </Paper>
  )
}
