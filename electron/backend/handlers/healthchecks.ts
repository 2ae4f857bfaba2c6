import { join } from 'node:path'
import { AppError } from '../../../shared/contract/errors'
import type { healthCheckChannels, PanelRun } from '../../../shared/contract/healthchecks'
import {
  panelState,
  substituteVariables,
  type HealthPack,
  type HealthPanel,
  type PackVariable,
} from '../../../shared/domain/prometheus/health-checks'
import { chooseStep } from '../../../shared/domain/prometheus/step'
import { templatesDir } from '../runbooks/templates-dir'
import type { PrometheusClient } from '../sources/prometheus/client'
import { loadHealthCheckPacks } from '../sources/prometheus/health-check-packs'
import { encodeColumns, sampleText } from './columns-wire'
import { prometheusClientFor } from './prometheus'
import type { HandlerDeps, HandlersFor } from './types'

/** A small chart needs only a few series; more would not be readable at that size. */
const SERIES_PER_PANEL = 20
/** Panels queried at once: quick without flooding a busy Prometheus. */
const CONCURRENT_PANELS = 4

export function healthPacksDir(): string {
  return join(templatesDir(), 'health-checks')
}

interface PanelWindow {
  startMs: number
  endMs: number
  stepMs: number
}

/** One panel over the window; its verdict comes from each series' value at the window's end. */
async function runPanel(
  client: PrometheusClient,
  panel: HealthPanel,
  variables: Partial<Record<PackVariable, string>>,
  window: PanelWindow,
  signal: AbortSignal,
): Promise<PanelRun> {
  const query = substituteVariables(panel.query, variables)
  try {
    const { matrix } = await client.queryRange(
      query,
      { ...window, maxSeries: SERIES_PER_PANEL },
      { signal },
    )
    const last = matrix.timestampsMs.length - 1
    // The grid's last point is evaluated at the window's end: the same as an instant query then.
    const atEnd = last >= 0 && matrix.timestampsMs[last] === window.endMs ? last : -1
    const values = matrix.series
      .map((series) => ({ labels: series.labels, value: series.values[atEnd] ?? Number.NaN }))
      .filter((entry) => !Number.isNaN(entry.value))
    return {
      panelId: panel.id,
      state: panelState(
        values.map((entry) => entry.value),
        panel,
      ),
      values: values.map((entry) => ({ labels: entry.labels, value: sampleText(entry.value) })),
      query,
      columns: encodeColumns(matrix),
      error: null,
    }
  } catch (error) {
    if (signal.aborted) throw error
    const message = error instanceof Error ? error.message : String(error)
    return { panelId: panel.id, state: 'error', values: [], query, columns: null, error: message }
  }
}

async function runAll<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>) {
  const results: R[] = new Array<R>(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await work(items[index] as T)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}

function requireVariables(pack: HealthPack, values: Partial<Record<PackVariable, string>>) {
  const missing = pack.variables.filter((name) => !values[name]?.trim())
  if (missing.length === 0) return
  const fields = Object.fromEntries(
    missing.map((name) => [`variables.${name}`, `Choose a value for $${name}`]),
  )
  throw new AppError(
    'invalid_input',
    `Choose a value for ${missing.map((name) => `$${name}`).join(', ')} before running "${pack.name}".`,
    { fields },
  )
}

/** The window ends exactly at `atMs` on the step grid, so the last point is "now". */
export function panelWindow(atMs: number, rangeMs: number, widthPx: number): PanelWindow {
  const stepMs = chooseStep(atMs - rangeMs, atMs, widthPx, { minStepMs: 15_000 })
  const steps = Math.floor(rangeMs / stepMs)
  return { startMs: atMs - steps * stepMs, endMs: atMs, stepMs }
}

export function healthCheckHandlers(
  deps: HandlerDeps,
): HandlersFor<keyof typeof healthCheckChannels> {
  const loadPacks = () => loadHealthCheckPacks(healthPacksDir())
  return {
    'healthcheck.packs'() {
      try {
        return { packs: loadPacks(), error: null }
      } catch (error) {
        return { packs: [], error: error instanceof Error ? error.message : String(error) }
      }
    },
    async 'healthcheck.run'(input) {
      const pack = loadPacks().find((candidate) => candidate.id === input.packId)
      if (!pack) throw new AppError('not_found', `There is no health-check pack "${input.packId}".`)
      requireVariables(pack, input.variables)
      const { client } = prometheusClientFor(deps, input.sourceId)
      const atMs = Math.floor((input.atMs ?? deps.now()) / 1000) * 1000
      const window = panelWindow(atMs, input.rangeMs, input.widthPx)
      const panels = await deps.requests.run(input.requestId, (signal) =>
        runAll(pack.panels, CONCURRENT_PANELS, (panel) =>
          runPanel(client, panel, input.variables, window, signal),
        ),
      )
      throwIfSourceDown(panels)
      return { packId: pack.id, atMs, startMs: window.startMs, stepMs: window.stepMs, panels }
    },
  }
}

/** When every panel failed the same way, the source is the problem: say so once. */
function throwIfSourceDown(panels: PanelRun[]): void {
  const [first] = panels
  if (!first?.error || !panels.every((panel) => panel.error === first.error)) return
  throw new AppError('source_error', first.error)
}
