import { useEffect, useEffectEvent, useRef, useState } from 'react'
import { Alert, Button, Checkbox, Group, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { HealthPackView } from '../../../../shared/contract/healthchecks'
import type { Incident } from '../../../../shared/domain/incident'
import {
  PACK_VARIABLES,
  type PackVariable,
} from '../../../../shared/domain/prometheus/health-checks'
import { i18n } from '../../i18n'
import { wordMessage } from '../../i18n/messages'
import { Loading, QueryError } from '../../ui/states'
import { useChosenSource } from '../data-sources/source-store'
import { useMetricsStore } from '../query/store'
import { PackResult } from './PackResult'
import { useHealthPacks, type PackRun } from './queries'
import { EMPTY_HEALTH_DRAFT, useHealthCheckStore } from './store'
import { VariableField } from './VariableField'

type Variables = Partial<Record<PackVariable, string>>

interface HealthCheckGridProps {
  incident: Incident
  /** Packs to preselect, e.g. those a runbook step names. */
  packIds?: string[]
  /**
   * Where the choices and runs are kept. A runbook step keeps its own; the metrics tab (the
   * default, the incident's id) also answers a step's request to run a pack there.
   */
  draftKey?: string
}

/**
 * The quick health check: chosen packs run against the source as a grid of small charts, each
 * ok / warn / critical with its current value, and "no data" (never green) when nothing answers.
 */
export function HealthCheckGrid({ incident, packIds: suggested, draftKey }: HealthCheckGridProps) {
  const { t } = useTranslation('healthChecks')
  const key = draftKey ?? incident.id
  const packs = useHealthPacks()
  const { source } = useChosenSource('prometheus')
  const draft = useHealthCheckStore((state) => state.drafts[key]) ?? EMPTY_HEALTH_DRAFT
  const updateDraft = useHealthCheckStore((state) => state.update)
  const update = (change: Partial<typeof draft>) => updateDraft(key, change)
  const chosen =
    draft.packIds.length > 0 || draft.runs.length > 0 ? draft.packIds : (suggested ?? [])
  const variables: Variables = { service: incident.services[0] ?? '', ...draft.variables }
  const [missing, setMissing] = useState<Variables>({})
  const available = packs.data?.packs ?? []
  const needed = neededVariables(available, chosen)

  const run = (packIds: string[]) => {
    const problems = missingVariables(needed, variables)
    setMissing(problems)
    if (!source || packIds.length === 0 || Object.keys(problems).length > 0) return
    update({ packIds, runs: packRuns(available, packIds, variables, source.id) })
  }
  useRunbookRequests(incident.id, chosen, run, packs.isSuccess && source !== null && !draftKey)

  if (packs.isPending) return <Loading label={t('grid.loading')} />
  if (packs.isError)
    return (
      <QueryError what={t('grid.what')} error={packs.error} onRetry={() => void packs.refetch()} />
    )
  return (
    <Stack gap="sm">
      {packs.data.error && (
        <Alert color="red" variant="light">
          {t('grid.packsError', { reason: wordMessage(packs.data.errorText, packs.data.error) })}
        </Alert>
      )}
      <PackChoice
        available={available}
        chosen={chosen}
        needed={needed}
        variables={variables}
        missing={missing}
        sourceId={source?.id ?? null}
        onPacks={(packIds) => update({ packIds })}
        onVariable={(name, value) => update({ variables: { ...draft.variables, [name]: value } })}
      />
      <Group>
        <Button onClick={() => run(chosen)} disabled={chosen.length === 0 || !source}>
          {t('grid.run')}
        </Button>
        {!source && (
          <Text size="sm" c="dimmed">
            {t('grid.noSource')}
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

interface PackChoiceProps {
  available: HealthPackView[]
  chosen: string[]
  needed: PackVariable[]
  variables: Variables
  missing: Variables
  sourceId: string | null
  onPacks: (packIds: string[]) => void
  onVariable: (name: PackVariable, value: string) => void
}

/** Which packs to run, and the variables ($instance, $job, $service) the chosen ones use. */
function PackChoice(props: PackChoiceProps) {
  const { t } = useTranslation('healthChecks')
  return (
    <>
      <Checkbox.Group label={t('grid.packsLabel')} value={props.chosen} onChange={props.onPacks}>
        <Group gap="sm" mt={4}>
          {props.available.map((pack) => (
            <Checkbox key={pack.id} value={pack.id} label={pack.name} title={pack.description} />
          ))}
        </Group>
      </Checkbox.Group>
      {props.needed.length > 0 && (
        <Group align="flex-start" gap="sm">
          {props.needed.map((name) => (
            <VariableField
              key={name}
              name={name}
              sourceId={props.sourceId}
              value={props.variables[name] ?? ''}
              error={props.missing[name]}
              onChange={(value) => props.onVariable(name, value)}
            />
          ))}
        </Group>
      )}
    </>
  )
}

function neededVariables(available: HealthPackView[], chosen: string[]): PackVariable[] {
  return PACK_VARIABLES.filter((name) =>
    available.some((p) => chosen.includes(p.id) && p.variables.includes(name)),
  )
}

function missingVariables(needed: PackVariable[], variables: Variables): Variables {
  const problems: Variables = {}
  for (const name of needed)
    if (!variables[name]?.trim()) problems[name] = i18n.t('healthChecks:grid.chooseValue', { name })
  return problems
}

/** One run per pack, at one shared "now", with only the variables that pack uses. */
function packRuns(
  available: HealthPackView[],
  packIds: string[],
  variables: Variables,
  sourceId: string,
): PackRun[] {
  const atMs = Date.now()
  return packIds.map((packId) => {
    const pack = available.find((candidate) => candidate.id === packId)
    const used = Object.fromEntries(
      (pack?.variables ?? []).map((name) => [name, variables[name]?.trim() ?? '']),
    )
    return { sourceId, packId, variables: used, atMs }
  })
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
