import { describe, expect, it } from 'vitest'
import type { EvidenceItem } from '../../../shared/contract/evidence'
import type { Incident } from '../../../shared/domain/incident'
import type { TimelineEvent } from '../../../shared/domain/timeline'
import { expectOk, testBackend } from '../testing/support'
import { decodePng, pinEvidence } from './evidence'

// 1x1 transparent PNG.
const PNG_1PX =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='

describe('evidence', () => {
  it('stores a pinned payload in full, lists it without the payload, and records it on the timeline', async () => {
    const backend = await testBackend()
    const incident = expectOk<Incident>(
      await backend.dispatch('incident.create', { title: 'Slow API', severity: 'SEV2' }),
    )
    const result = {
      resultType: 'matrix',
      result: [
        {
          metric: { job: 'api' },
          values: [
            [1, '0.25'],
            [2, 'NaN'],
          ],
        },
      ],
    }
    const emitted: string[] = []
    backend.onEvent((e) => emitted.push(e.name))
    // pinEvidence is what the Prometheus and Jaeger pin channels call.
    const item = pinEvidence(backend.deps, {
      incidentId: incident.id,
      kind: 'chart',
      caption: 'p99 latency',
      sourceName: 'prod',
      summary: { query: 'histogram_quantile(0.99, ...)' },
      payloadJson: JSON.stringify(result),
      png: decodePng(PNG_1PX),
      timelineText: 'Pinned chart: p99 latency',
    })
    expect(emitted).toEqual(['evidence.changed', 'timeline.changed'])
    const list = expectOk<EvidenceItem[]>(
      await backend.dispatch('evidence.list', { incidentId: incident.id }),
    )
    expect(list).toEqual([
      expect.objectContaining({ id: item.id, caption: 'p99 latency', hasPng: true }),
    ])
    const full = expectOk<{ payload: unknown; pngBase64: string }>(
      await backend.dispatch('evidence.get', { id: item.id }),
    )
    expect(full.payload).toEqual(result)
    expect(full.pngBase64).toBe(PNG_1PX)
    const timeline = expectOk<TimelineEvent[]>(
      await backend.dispatch('timeline.list', { incidentId: incident.id }),
    )
    expect(timeline.map((e) => [e.kind, e.text])).toContainEqual([
      'evidence',
      'Pinned chart: p99 latency',
    ])
  })

  it('refuses an image that is not a PNG', () => {
    expect(() => decodePng(Buffer.from('<svg onload=alert(1)>').toString('base64'))).toThrow(
      /not a PNG/,
    )
  })
})
