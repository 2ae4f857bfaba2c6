// Loads the health-check packs shipped in templates/health-checks and runs one panel.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { AppError } from '../../../../shared/contract/errors'
import { msg } from '../../../../shared/i18n/messages'
import {
  healthPackSchema,
  panelState,
  substituteVariables,
  type HealthPack,
  type HealthPanel,
  type PackVariable,
  type PanelState,
} from '../../../../shared/domain/prometheus/health-checks'
import type { PrometheusClient } from './client'

function describeIssue(file: string, issue: { path: PropertyKey[]; message: string }): string {
  const where = issue.path.map(String).join('.')
  return `${file}${where ? ` at ${where}` : ''}: ${issue.message}`
}

function parsePack(dir: string, file: string): HealthPack {
  let raw: unknown
  try {
    raw = parse(readFileSync(join(dir, file), 'utf8'))
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new AppError('invalid_input', msg('msgSources:health.packNotYaml', { file, reason }))
  }
  const parsed = healthPackSchema.safeParse(raw)
  if (!parsed.success) {
    const messages = parsed.error.issues.slice(0, 5).map((issue) => describeIssue(file, issue))
    // The problems stay as the pack's author reads them: file, path and the schema's words.
    const problems = messages.join('; ')
    throw new AppError('invalid_input', msg('msgSources:health.packInvalid', { problems }))
  }
  return parsed.data
}

/** Every *.yaml pack in `dir`, validated; one bad file fails the load with its name and path. */
export function loadHealthCheckPacks(dir: string): HealthPack[] {
  const files = readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
  const packs = files.map((file) => parsePack(dir, file))
  const seen = new Map<string, string>()
  packs.forEach((pack, index) => {
    const other = seen.get(pack.id)
    if (other) {
      const names = { first: other, second: files[index] ?? '', id: pack.id }
      throw new AppError('invalid_input', msg('msgSources:health.packSameId', names))
    }
    seen.set(pack.id, files[index] ?? '')
  })
  return packs
}

export interface PanelResult {
  panelId: string
  state: PanelState
  /** Current value per series, with the labels that tell the series apart. */
  values: { labels: Record<string, string>; value: number }[]
  query: string
}

/** Runs one panel as an instant query and grades it; failures are thrown as they come. */
export async function evaluatePanel(
  client: PrometheusClient,
  panel: HealthPanel,
  variables: Partial<Record<PackVariable, string>>,
  options: { timeMs?: number; signal?: AbortSignal } = {},
): Promise<PanelResult> {
  const query = substituteVariables(panel.query, variables)
  const result = await client.query(query, options)
  const values =
    result.resultType === 'vector'
      ? result.samples
          .filter((sample) => sample.value !== null)
          .map((sample) => ({ labels: sample.labels, value: sample.value ?? Number.NaN }))
      : result.resultType === 'scalar'
        ? [{ labels: {}, value: result.value }]
        : []
  const state = panelState(
    values.map((entry) => entry.value),
    panel,
  )
  return { panelId: panel.id, state, values, query }
}
