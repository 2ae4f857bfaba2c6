// Reads captured_local/MANIFEST.tsv: the URL and HTTP status each real capture was answered with.
import { readFixture } from './fixture-server'

export interface CaptureRecord {
  file: string
  method: string
  url: string
  status: number
  contentType: string
}

export function readCaptureManifest(): Map<string, CaptureRecord> {
  const lines = readFixture('captured_local/MANIFEST.tsv').trim().split('\n').slice(1)
  const records = new Map<string, CaptureRecord>()
  for (const line of lines) {
    const [file = '', method = '', url = '', status = '', contentType = ''] = line.split('\t')
    records.set(`captured_local/${file}`, {
      file,
      method,
      url: url.trim(),
      status: Number(status),
      contentType,
    })
  }
  return records
}

/** start/end/step (ms) of a captured query_range URL; RFC 3339 or unix seconds. */
export function rangeOf(record: CaptureRecord): { startMs: number; endMs: number; stepMs: number } {
  const query = new URL(record.url.split(' ')[0] ?? '').searchParams
  const time = (text: string | null) =>
    text && /^\d+(\.\d+)?$/.test(text) ? Number(text) * 1000 : Date.parse(text ?? '')
  const step = query.get('step') ?? ''
  const stepMs = step.endsWith('s') ? Number(step.slice(0, -1)) * 1000 : Number(step) * 1000
  return { startMs: time(query.get('start')), endMs: time(query.get('end')), stepMs }
}
