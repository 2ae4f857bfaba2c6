import { useState } from 'react'
import { Button, SegmentedControl, Stack, Table } from '@mantine/core'
import type { GroupTotals } from '../../../../../shared/contract/traces'
import { formatDurationUs, formatShare } from '../../../../../shared/domain/traces/format'
import { serviceColor } from '../colors'
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
  const [all, setAll] = useState(false)
  const shown = all ? rows : rows.slice(0, SHOWN_ROWS)
  return (
    <Stack gap={4}>
      <Table.ScrollContainer minWidth={640}>
        <Table
          verticalSpacing={4}
          fz="sm"
          striped
          aria-label={byOperation ? 'Time by operation' : 'Time by service'}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Service</Table.Th>
              {byOperation && <Table.Th>Operation</Table.Th>}
              <Table.Th ta="right">Spans</Table.Th>
              <Table.Th ta="right">Total</Table.Th>
              <Table.Th ta="right">Self</Table.Th>
              <Table.Th ta="right">Max</Table.Th>
              <Table.Th ta="right">On critical path</Table.Th>
              <Table.Th ta="right">Errors</Table.Th>
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
                <Table.Td ta="right">{row.count.toLocaleString('en-US')}</Table.Td>
                <Table.Td ta="right" ff="monospace">
                  {formatDurationUs(row.totalUs)}
                </Table.Td>
                <Table.Td ta="right" ff="monospace">
                  {formatDurationUs(row.selfUs)}
                </Table.Td>
                <Table.Td ta="right" ff="monospace">
                  {formatDurationUs(row.maxUs)}
                </Table.Td>
                <Table.Td ta="right" ff="monospace">
                  {formatDurationUs(row.criticalUs)} (
                  {formatShare(row.criticalUs, model.traceDurationUs)})
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
          {all ? 'Show fewer' : `Show all ${rows.length}`}
        </Button>
      )}
    </Stack>
  )
}

/** Where the time went, by service or by operation: count, total, self, max, critical path. */
export function TraceTotals({ model }: { model: TraceModel }) {
  const [by, setBy] = useState<'service' | 'operation'>('service')
  return (
    <Stack gap="xs">
      <SegmentedControl
        size="xs"
        w="fit-content"
        value={by}
        onChange={(value) => setBy(value as 'service' | 'operation')}
        data={[
          { value: 'service', label: 'By service' },
          { value: 'operation', label: 'By operation' },
        ]}
        aria-label="Group the totals"
      />
      {by === 'service' ? (
        <TotalsTable rows={model.byService} model={model} byOperation={false} />
      ) : (
        <TotalsTable rows={model.byOperation} model={model} byOperation />
      )}
    </Stack>
  )
}
