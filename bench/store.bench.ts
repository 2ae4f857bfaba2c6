import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createBackend } from '../electron/backend/app'
import { insertIncident } from '../electron/backend/repositories/incidents'
import type { Incident } from '../shared/domain/incident'
import { figure, percentile, timeMs, type BenchFigure } from './stats'

const APPENDS = 10_000
const INCIDENTS = 10_000

async function withBackend<T>(run: (b: Awaited<ReturnType<typeof createBackend>>) => Promise<T>) {
  const dir = mkdtempSync(join(tmpdir(), 'firebreak-bench-'))
  const backend = await createBackend({ dataDir: dir, mode: 'browser', version: 'bench' })
  try {
    return await run(backend)
  } finally {
    backend.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Timeline append through dispatch into a real database file (synchronous = FULL). */
export async function benchTimelineAppend(): Promise<BenchFigure[]> {
  return withBackend(async (backend) => {
    const created = await backend.dispatch('incident.create', { title: 'Bench', severity: 'SEV2' })
    if (!created.ok) throw new Error(created.error.message)
    const incidentId = (created.value as Incident).id
    const samples: number[] = []
    for (let i = 0; i < APPENDS; i++) {
      samples.push(
        await timeMs(async () => {
          const result = await backend.dispatch('timeline.add', { incidentId, text: `note ${i}` })
          if (!result.ok) throw new Error(result.error.message)
        }),
      )
    }
    samples.sort((a, b) => a - b)
    return [
      figure('timeline.append.p50', percentile(samples, 50), 'ms'),
      figure('timeline.append.p99', percentile(samples, 99), 'ms', 2),
    ]
  })
}

/** Listing 10,000 incidents through dispatch (what the incident list asks for). */
export async function benchIncidentList(): Promise<BenchFigure[]> {
  return withBackend(async (backend) => {
    const base = Date.UTC(2024, 0, 1)
    backend.db.transaction(() => {
      for (let i = 0; i < INCIDENTS; i++) {
        const t = base + i * 3_600_000
        insertIncident(backend.db, {
          id: `bench-${i}`,
          title: `Incident ${i}: elevated latency on service ${i % 40}`,
          severity: (['SEV1', 'SEV2', 'SEV3', 'SEV4'] as const)[i % 4] ?? 'SEV3',
          status: i % 10 === 0 ? 'investigating' : 'resolved',
          services: [`service-${i % 40}`],
          summary: '',
          startedAt: t,
          detectedAt: t,
          acknowledgedAt: null,
          mitigatedAt: null,
          resolvedAt: i % 10 === 0 ? null : t + 1_800_000,
          createdAt: t,
          updatedAt: t,
        })
      }
    })()
    const samples: number[] = []
    for (let i = 0; i < 20; i++) {
      samples.push(
        await timeMs(async () => {
          const result = await backend.dispatch('incident.list', { limit: INCIDENTS })
          if (!result.ok || (result.value as unknown[]).length !== INCIDENTS)
            throw new Error('list failed')
        }),
      )
    }
    samples.sort((a, b) => a - b)
    return [
      figure('incident.list.10k.p50', percentile(samples, 50), 'ms'),
      figure('incident.list.10k.max', samples[samples.length - 1] ?? NaN, 'ms', 50),
    ]
  })
}
