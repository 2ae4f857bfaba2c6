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
import { msg, type Message } from '../../../shared/i18n/messages'
import { templatesDir } from '../runbooks/templates-dir'
import type { PrometheusClient } from '../sources/prometheus/client'
import { loadHealthCheckPacks } from '../sources/prometheus/health-check-packs'
import { encodeColumns, sampleText } from './columns-wire'
import { failureText } from './failure-text'
import { prometheusClientFor } from './prometheus'
import type { HandlerDeps, HandlersFor } from './types'

/** A small chart needs only a few series; more would not be readable at that size. */
const SERIES_PER_PANEL = 20
/** Panels queried at once: quick without flooding a busy Prometheus. */
const CONCURRENT_PANELS = 4

export function healthPacksDir(): string {
  return join(templatesDir(), 'health-checks')
}

/** A panel's run with its failure's message typed, so it can be thrown again as it is. */
type PanelRunHere = PanelRun & { errorText: Message | null }

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
): Promise<PanelRunHere> {
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
      errorText: null,
    }
  } catch (error) {
    if (signal.aborted) throw error
    const { message, text } = failureText(error)
    return {
      panelId: panel.id,
      state: 'error',
      values: [],
      query,
      columns: null,
      error: message,
      errorText: text,
    }
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
    missing.map((name) => [`variables.${name}`, msg('msgSources:health.chooseVariable', { name })]),
  )
  const names = missing.map((name) => `$${name}`).join(', ')
  throw new AppError(
    'invalid_input',
    msg('msgSources:health.chooseVariables', { names, pack: pack.name }),
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
        return { packs: loadPacks(), error: null, errorText: null }
      } catch (error) {
        const { message, text } = failureText(error)
        return { packs: [], error: message, errorText: text }
      }
    },
    async 'healthcheck.run'(input) {
      const pack = loadPacks().find((candidate) => candidate.id === input.packId)
      if (!pack) {
        throw new AppError('not_found', msg('msgSources:health.noPack', { id: input.packId }))
      }
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
function throwIfSourceDown(panels: PanelRunHere[]): void {
  const [first] = panels
  if (!first?.error || !panels.every((panel) => panel.error === first.error)) return
  throw new AppError('source_error', first.errorText ?? first.error)
}
