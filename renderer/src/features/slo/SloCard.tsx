import { useState } from 'react'
import { Badge, Button, Group, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { SloEvaluation } from '../../../../shared/contract/slo'
import { BURN_ALERTS, BURN_WINDOWS, type BurnWindow } from '../../../../shared/domain/slo/burn-rate'
import { wordMessage } from '../../i18n/messages'
import { formatUnitValue } from '../query/unit-format'
import { formatDateTime, type DisplayZone } from '../../ui/time'
import { ConfirmDeleteSlo } from './ConfirmDeleteSlo'
import {
  ALERT_COLOR,
  alertLabel,
  alertText,
  describeSlo,
  incidentNote,
  percent,
  rate,
} from './slo-text'

interface SloCardProps {
  evaluation: SloEvaluation
  zone: DisplayZone
  onEdit: () => void
}

/** One SLO's numbers: SLI, budget, burn rates per window, the alert state, the incident's share. */
export function SloCard({ evaluation, zone, onEdit }: SloCardProps) {
  const { t } = useTranslation('slo')
  const [confirming, setConfirming] = useState(false)
  const slo = evaluation.slo.definition
  const state = evaluation.alert.state
  const title = slo.name || `${slo.service} ${t(`kinds.${slo.kind}`)}`
  return (
    <Paper withBorder p="sm" component="article" aria-label={t('card.label', { title })}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Stack gap={0}>
            <Text fw={700}>{title}</Text>
            <Text size="xs" c="dimmed">
              {describeSlo(evaluation)}
            </Text>
          </Stack>
          <Group gap={4} wrap="nowrap">
            <Badge color={ALERT_COLOR[state]} variant="filled" radius="sm" title={alertText(state)}>
              {alertLabel(state)}
            </Badge>
            <Button size="compact-xs" variant="subtle" onClick={onEdit}>
              {t('card.edit')}
            </Button>
            <Button
              size="compact-xs"
              variant="subtle"
              color="red"
              onClick={() => setConfirming(true)}
              disabled={confirming}
            >
              {t('card.delete')}
            </Button>
          </Group>
        </Group>
        {confirming && (
          <ConfirmDeleteSlo
            sloId={evaluation.slo.id}
            title={title}
            service={slo.service}
            onCancel={() => setConfirming(false)}
          />
        )}
        {evaluation.error ? (
          <Text size="sm" c="red" role="alert">
            {wordMessage(evaluation.errorText, evaluation.error)}
          </Text>
        ) : (
          <>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
              <Figure
                label={t('card.budgetConsumed')}
                value={percent(evaluation.incident?.budgetConsumed ?? null)}
                note={incidentNote(evaluation.incident)}
              />
              <Figure
                label={t('card.sliOverPeriod', { count: slo.periodDays })}
                value={percent(evaluation.sliOverPeriod)}
                note={t('card.target', { target: formatUnitValue(slo.target, 'ratio') })}
              />
              <Figure
                label={t('card.budgetLeft')}
                value={percent(evaluation.budgetRemaining)}
                note={t('card.ofBudget', { count: slo.periodDays })}
              />
            </SimpleGrid>
            <BurnTable evaluation={evaluation} />
            <Text size="xs" c="dimmed">
              {t('card.evaluatedAt', {
                verdict: alertText(state),
                time: formatDateTime(evaluation.atMs, zone),
              })}
            </Text>
          </>
        )}
      </Stack>
    </Paper>
  )
}

function Figure({ label, value, note }: { label: string; value: string; note: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="xl" fw={700} ff="monospace">
        {value}
      </Text>
      <Text size="xs" c="dimmed">
        {note}
      </Text>
    </Stack>
  )
}

function BurnTable({ evaluation }: { evaluation: SloEvaluation }) {
  const { t } = useTranslation('slo')
  const windows = Object.keys(BURN_WINDOWS) as BurnWindow[]
  const hot = (window: BurnWindow, value: number | null) => {
    const page = BURN_ALERTS.page
    const ticket = BURN_ALERTS.ticket
    const limit =
      window === page.longWindow || window === page.shortWindow ? page.burnRate : ticket.burnRate
    return value !== null && value >= limit
  }
  return (
    <Table withTableBorder fz="sm" verticalSpacing={2} aria-label={t('burn.label')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('burn.window')}</Table.Th>
          {windows.map((window) => (
            <Table.Th key={window} ta="right">
              {window}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        <Table.Tr>
          <Table.Td>{t('burn.rate')}</Table.Td>
          {windows.map((window) => {
            const value = evaluation.burnRates[window]
            return (
              <Table.Td
                key={window}
                ta="right"
                ff="monospace"
                c={hot(window, value) ? 'red' : undefined}
                fw={hot(window, value) ? 700 : undefined}
              >
                {rate(value)}
              </Table.Td>
            )
          })}
        </Table.Tr>
        <Table.Tr>
          <Table.Td>{t('burn.sli')}</Table.Td>
          {windows.map((window) => (
            <Table.Td key={window} ta="right" ff="monospace">
              {percent(evaluation.sliByWindow[window])}
            </Table.Td>
          ))}
        </Table.Tr>
      </Table.Tbody>
    </Table>
  )
}
