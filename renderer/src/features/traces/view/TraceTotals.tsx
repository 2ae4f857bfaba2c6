import { useState } from 'react'
import { Button, SegmentedControl, Stack, Table } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { GroupTotals } from '../../../../../shared/contract/traces'
import { formatNumber } from '../../../i18n/format'
import { serviceColor } from '../colors'
import { formatTraceDuration, formatTraceShare } from '../trace-messages'
import type { TraceModel } from '../trace-model'

const SHOWN_ROWS = 12

function TotalsTable({
  rows,
  model,
  byOperation,
}: {
  rows: GroupTotals[]
  model: TraceModel
  byOperation: boolean
}) {
  const { t } = useTranslation('traces')
  const [all, setAll] = useState(false)
  const shown = all ? rows : rows.slice(0, SHOWN_ROWS)
  return (
    <Stack gap={4}>
      <Table.ScrollContainer minWidth={640}>
        <Table
          verticalSpacing={4}
          fz="sm"
          striped
          aria-label={byOperation ? t('totals.byOperationLabel') : t('totals.byServiceLabel')}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('totals.service')}</Table.Th>
              {byOperation && <Table.Th>{t('totals.operation')}</Table.Th>}
              <Table.Th ta="right">{t('totals.spans')}</Table.Th>
              <Table.Th ta="right">{t('totals.total')}</Table.Th>
              <Table.Th ta="right">{t('totals.self')}</Table.Th>
              <Table.Th ta="right">{t('totals.max')}</Table.Th>
              <Table.Th ta="right">{t('totals.critical')}</Table.Th>
              <Table.Th ta="right">{t('totals.errors')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((row) => (
              <Table.Tr key={`${row.service}\u0000${row.operation}`}>
                <Table.Td>
                  <span
                    aria-hidden
                    style={{
                      display: 'inline-block',
                      width: 8,
                      height: 8,
                      borderRadius: 2,
                      marginRight: 6,
                      background: serviceColor(model.services.indexOf(row.service)),
                    }}
                  />
                  {row.service}
                </Table.Td>
                {byOperation && <Table.Td>{row.operation}</Table.Td>}
                <Table.Td ta="right">{formatNumber(row.count)}</Table.Td>
                <Table.Td ta="right" ff="monospace">
                  {formatTraceDuration(row.totalUs)}
                </Table.Td>
                <Table.Td ta="right" ff="monospace">
                  {formatTraceDuration(row.selfUs)}
                </Table.Td>
                <Table.Td ta="right" ff="monospace">
                  {formatTraceDuration(row.maxUs)}
                </Table.Td>
                <Table.Td ta="right" ff="monospace">
                  {formatTraceDuration(row.criticalUs)} (
                  {formatTraceShare(row.criticalUs, model.traceDurationUs)})
                </Table.Td>
                <Table.Td ta="right" c={row.errorCount > 0 ? 'red' : undefined}>
                  {row.errorCount}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {rows.length > SHOWN_ROWS && (
        <Button variant="subtle" size="compact-xs" w="fit-content" onClick={() => setAll(!all)}>
          {all ? t('totals.showFewer') : t('totals.showAll', { count: rows.length })}
        </Button>
      )}
    </Stack>
  )
}

/** Where the time went, by service or by operation: count, total, self, max, critical path. */
export function TraceTotals({ model }: { model: TraceModel }) {
  const { t } = useTranslation('traces')
  const [by, setBy] = useState<'service' | 'operation'>('service')
  return (
    <Stack gap="xs">
      <SegmentedControl
        size="xs"
        w="fit-content"
        value={by}
        onChange={(value) => setBy(value as 'service' | 'operation')}
        data={[
          { value: 'service', label: t('totals.byService') },
          { value: 'operation', label: t('totals.byOperation') },
        ]}
        aria-label={t('totals.groupLabel')}
      />
      {by === 'service' ? (
        <TotalsTable rows={model.byService} model={model} byOperation={false} />
      ) : (
        <TotalsTable rows={model.byOperation} model={model} byOperation />
      )}
    </Stack>
  )
}
