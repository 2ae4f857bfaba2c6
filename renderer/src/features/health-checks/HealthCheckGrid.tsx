import { useEffect, useEffectEvent, useRef, useState } from 'react'
import {
  Alert,
  Autocomplete,
  Button,
  Checkbox,
  Group,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core'
import type { HealthPackView, PanelOutcome } from '../../../../shared/contract/healthchecks'
import type { Incident } from '../../../../shared/domain/incident'
import {
  PACK_VARIABLES,
  type PackVariable,
} from '../../../../shared/domain/prometheus/health-checks'
import { errorMessage } from '../../bridge'
import { Loading, QueryError } from '../../ui/states'
import { formatDateTime } from '../../ui/time'
import { useChosenSource } from '../data-sources/source-store'
import { useMetricsStore } from '../query/store'
import { useDisplayZone } from '../settings/queries'
import { HealthTile } from './HealthTile'
import {
  useHealthPacks,
  useLabelValues,
  usePackRuns,
  type PackAnswer,
  type PackRun,
} from './queries'
import { EMPTY_HEALTH_DRAFT, useHealthCheckStore } from './store'

const VARIABLE_LABELS: Record<PackVariable, string> = {
  instance: 'Instance ($instance)',
  job: 'Job ($job)',
  service: 'Service ($service)',
}

interface HealthCheckGridProps {
  incident: Incident
  /** Packs to preselect, e.g. those a runbook step names. */
  packIds?: string[]
}

/**
 * The quick health check: chosen packs run against the source as a grid of small charts, each
 * ok / warn / critical with its current value, and "no data" (never green) when nothing answers.
 */
export function HealthCheckGrid({ incident, packIds: suggested }: HealthCheckGridProps) {
  const packs = useHealthPacks()
  const { source } = useChosenSource('prometheus')
  const draft = useHealthCheckStore((state) => state.drafts[incident.id]) ?? EMPTY_HEALTH_DRAFT
  const updateDraft = useHealthCheckStore((state) => state.update)
  const update = (change: Partial<typeof draft>) => updateDraft(incident.id, change)
  const chosen =
    draft.packIds.length > 0 || draft.runs.length > 0 ? draft.packIds : (suggested ?? [])
  const variables: Partial<Record<PackVariable, string>> = {
    service: incident.services[0] ?? '',
    ...draft.variables,
  }
  const [missing, setMissing] = useState<Partial<Record<PackVariable, string>>>({})
  const available = packs.data?.packs ?? []
  const needed = PACK_VARIABLES.filter((name) =>
    available.some((p) => chosen.includes(p.id) && p.variables.includes(name)),
  )

  const run = (packIds: string[]) => {
    const problems: Partial<Record<PackVariable, string>> = {}
    for (const name of needed)
      if (!variables[name]?.trim()) problems[name] = `Choose a value for $${name}`
    setMissing(problems)
    if (!source || packIds.length === 0 || Object.keys(problems).length > 0) return
    const atMs = Date.now()
    const runs = packIds.map((packId) => {
      const pack = available.find((candidate) => candidate.id === packId)
      const used = Object.fromEntries(
        (pack?.variables ?? []).map((name) => [name, variables[name]?.trim() ?? '']),
      )
      return { sourceId: source.id, packId, variables: used, atMs }
    })
    update({ packIds, runs })
  }
  useRunbookRequests(incident.id, chosen, run, packs.isSuccess && source !== null)

  if (packs.isPending) return <Loading label="Loading health-check packs…" />
  if (packs.isError)
    return (
      <QueryError
        what="the health-check packs"
        error={packs.error}
        onRetry={() => void packs.refetch()}
      />
    )
  return (
    <Stack gap="sm">
      {packs.data.error && (
        <Alert color="red" variant="light">
          Some packs could not be read: {packs.data.error}
        </Alert>
      )}
      <Checkbox.Group
        label="Packs to run"
        value={chosen}
        onChange={(packIds) => update({ packIds })}
      >
        <Group gap="md" mt={4}>
          {available.map((pack) => (
            <Checkbox key={pack.id} value={pack.id} label={pack.name} title={pack.description} />
          ))}
        </Group>
      </Checkbox.Group>
      {needed.length > 0 && (
        <Group align="flex-start" gap="sm">
          {needed.map((name) => (
            <VariableField
              key={name}
              name={name}
              sourceId={source?.id ?? null}
              value={variables[name] ?? ''}
              error={missing[name]}
              onChange={(value) => update({ variables: { ...draft.variables, [name]: value } })}
            />
          ))}
        </Group>
      )}
      <Group>
        <Button onClick={() => run(chosen)} disabled={chosen.length === 0 || !source}>
          Run health check
        </Button>
        {!source && (
          <Text size="sm" c="dimmed">
            Add a Prometheus data source to run checks.
          </Text>
        )}
      </Group>
      {draft.runs.map((packRun) => (
        <PackResult
          key={packRun.packId}
          run={packRun}
          pack={available.find((p) => p.id === packRun.packId)}
        />
      ))}
    </Stack>
  )
}

/** Runs a pack when a runbook step asks for it (once per request). */
function useRunbookRequests(
  incidentId: string,
  chosen: string[],
  run: (ids: string[]) => void,
  ready: boolean,
) {
  const request = useMetricsStore((state) => state.packRequests[incidentId])
  const handled = useRef(0)
  const runWith = useEffectEvent((packId: string) => run([...new Set([...chosen, packId])]))
  useEffect(() => {
    if (!request || !ready || request.at <= handled.current) return
    handled.current = request.at
    runWith(request.packId)
  }, [request, ready])
}

function VariableField(props: {
  name: PackVariable
  sourceId: string | null
  value: string
  error?: string
  onChange: (value: string) => void
}) {
  const values = useLabelValues(props.sourceId, props.name)
  return (
    <Autocomplete
      label={VARIABLE_LABELS[props.name]}
      data={(values.data ?? []).slice(0, 500)}
      value={props.value}
      onChange={props.onChange}
      error={props.error}
      limit={50}
      w={260}
      placeholder={values.isError ? 'Type a value' : 'Pick or type a value'}
    />
  )
}

function PackResult({ run, pack }: { run: PackRun; pack: HealthPackView | undefined }) {
  const [answer] = usePackRuns([run])
  const zone = useDisplayZone()
  if (!pack || !answer) return null
  return (
    <Stack gap="xs" component="section" aria-label={`${pack.name} health check`}>
      <Group gap="xs" align="baseline">
        <Title order={3} size="h5">
          {pack.name}
        </Title>
        {answer.data && (
          <Text size="xs" c="dimmed">
            {summary(answer.data)} · at {formatDateTime(answer.data.atMs, zone)}
          </Text>
        )}
      </Group>
      {answer.isPending && <Loading label={`Running ${pack.name}…`} />}
      {answer.isError && (
        <Alert color="red" variant="light" role="alert" title={`${pack.name} could not run`}>
          {errorMessage(answer.error)}.
        </Alert>
      )}
      {answer.data && (
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="xs">
          {answer.data.panels.map((panelRun) => {
            const panel = pack.panels.find((candidate) => candidate.id === panelRun.panelId)
            return panel && <HealthTile key={panel.id} panel={panel} run={panelRun} zone={zone} />
          })}
        </SimpleGrid>
      )}
    </Stack>
  )
}

const SUMMARY_ORDER: PanelOutcome[] = ['critical', 'warn', 'error', 'no_data', 'ok']
const SUMMARY_WORDS: Record<PanelOutcome, string> = {
  critical: 'critical',
  warn: 'warning',
  error: 'failed',
  no_data: 'no data',
  ok: 'ok',
}

function summary(answer: PackAnswer): string {
  return SUMMARY_ORDER.map(
    (state) => [state, answer.panels.filter((p) => p.state === state).length] as const,
  )
    .filter(([, count]) => count > 0)
    .map(([state, count]) => `${count} ${SUMMARY_WORDS[state]}`)
    .join(', ')
}
