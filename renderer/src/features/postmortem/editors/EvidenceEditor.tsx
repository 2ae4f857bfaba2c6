import { Badge, Checkbox, Group, Paper, Stack, Text, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { EvidenceItem } from '../../../../../shared/contract/evidence'
import { isSectionEmpty } from '../../../../../shared/domain/postmortem/sections'
import { Loading, QueryError } from '../../../ui/states'
import { usePinnedEvidence } from '../queries'
import { useSection } from '../use-autosave'
import type { EditorContext } from './context'
import { SectionFrame } from './SectionFrame'
import { useSectionFailure } from './SimpleSections'

type Kept = { evidenceId: string; caption: string }

/** The kept list after one item changes, in pinned order (the order evidence was gathered). */
function keptInPinnedOrder(
  pinned: readonly EvidenceItem[],
  kept: ReadonlyMap<string, Kept>,
  changedId: string,
  next: Kept | null,
): Kept[] {
  return pinned.flatMap((item) => {
    const entry = item.id === changedId ? next : kept.get(item.id)
    return entry ? [entry] : []
  })
}

/** Pinned charts and traces the postmortem keeps, with the caption the document gives each. */
export function EvidenceEditor({ ctx }: { ctx: EditorContext }) {
  const { t } = useTranslation('postmortem')
  const id = ctx.incident.id
  const [kept, setKept] = useSection(id, ctx.view, 'evidence')
  const failure = useSectionFailure(id, 'evidence')
  const pinned = usePinnedEvidence(id)
  const byId = new Map(kept.map((entry) => [entry.evidenceId, entry]))

  const update = (item: EvidenceItem, next: Kept | null) =>
    setKept(keptInPinnedOrder(pinned.data ?? [], byId, item.id, next))

  return (
    <SectionFrame
      part="evidence"
      incidentId={id}
      empty={isSectionEmpty('evidence', kept)}
      editable={ctx.editable}
      refill="evidence"
    >
      {failure && (
        <Text size="sm" c="red" role="alert">
          {failure}
        </Text>
      )}
      {pinned.isPending ? (
        <Loading label={t('evidence.loading')} />
      ) : pinned.isError ? (
        <QueryError
          what={t('evidence.what')}
          error={pinned.error}
          onRetry={() => void pinned.refetch()}
        />
      ) : pinned.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('evidence.none')}
        </Text>
      ) : (
        <Stack gap="xs">
          {pinned.data.map((item, index) => (
            <EvidenceRow
              key={item.id}
              item={item}
              number={index + 1}
              entry={byId.get(item.id) ?? null}
              editable={ctx.editable}
              onChange={(next) => update(item, next)}
            />
          ))}
        </Stack>
      )}
    </SectionFrame>
  )
}

interface EvidenceRowProps {
  item: EvidenceItem
  number: number
  entry: Kept | null
  editable: boolean
  onChange: (next: Kept | null) => void
}

function EvidenceRow({ item, number, entry, editable, onChange }: EvidenceRowProps) {
  const { t } = useTranslation('postmortem')
  const name =
    item.kind === 'chart' ? t('evidence.chart', { number }) : t('evidence.trace', { number })
  return (
    <Paper withBorder p="sm" radius="sm">
      <Group align="flex-end" wrap="nowrap" gap="sm">
        <Checkbox
          mb={8}
          checked={entry !== null}
          disabled={!editable}
          aria-label={t('evidence.include', { name, caption: item.caption || item.sourceName })}
          onChange={(event) =>
            onChange(
              event.currentTarget.checked ? { evidenceId: item.id, caption: item.caption } : null,
            )
          }
        />
        <TextInput
          style={{ flex: 1 }}
          label={
            <Group gap={6} component="span">
              <span>{t('evidence.caption', { name })}</span>
              <Badge size="xs" variant="light" color={item.kind === 'chart' ? 'blue' : 'grape'}>
                {item.sourceName}
              </Badge>
            </Group>
          }
          value={entry?.caption ?? item.caption}
          disabled={entry === null}
          readOnly={!editable}
          onChange={(event) =>
            onChange({ evidenceId: item.id, caption: event.currentTarget.value })
          }
        />
      </Group>
    </Paper>
  )
}
