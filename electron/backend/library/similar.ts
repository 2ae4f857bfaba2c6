import type Database from 'better-sqlite3'
import type { SimilarIncident } from '../../../shared/contract/library'
import { englishText } from '../../../shared/i18n/english'
import { msg, type Message } from '../../../shared/i18n/messages'
import { prepared } from '../db/statements'
import { collectHits, inverseFrequency, matchingSeqs, scoreOf } from './hits'
import { itemsBySeq } from './items'
import { parseSearch, type SearchTerm } from './query'

// Past incidents like a new one: the same service, the same alert, or the same telling words in
// their titles, summaries and postmortems. Each suggestion says why it was made.

const STOP_WORDS = new Set(
  `a an and are as at be but by for from has have in into is it its of on or over than that the
   their then there this to was were will with after before during not no all any some up down
   out off under again more most very can could should would our we you your they them`.split(
    /\s+/,
  ),
)
const MAX_WORDS = 12
const SERVICE_WEIGHT = 6
const ALERT_WEIGHT = 8
/** Words alone must add up to this much before an incident counts as similar. */
const MIN_WORD_SCORE = 4
/** Only the best candidates are read in full. */
const MAX_CONSIDERED = 200

interface Subject {
  seq: number
  id: string
  title: string
  summary: string
  services: string
  started_at: number
}

function telling(text: string): SearchTerm[] {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 2 && !STOP_WORDS.has(word) && !/^\d+$/.test(word))
  // Whole words only (a trailing space turns off prefix matching).
  return parseSearch(`${[...new Set(words)].slice(0, MAX_WORDS).join(' ')} `)
}

function tableExists(db: Database.Database, table: string): boolean {
  return (
    prepared(db, "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").get(table) !==
    undefined
  )
}

/** Incidents sharing an alert name with the subject: seq -> alert names. */
function sameAlerts(db: Database.Database, incidentId: string): Map<number, string[]> {
  const out = new Map<number, string[]>()
  if (!tableExists(db, 'incident_alerts')) return out
  const rows = prepared(
    db,
    `SELECT DISTINCT l.seq, other.name FROM incident_alerts AS mine
       JOIN incident_alerts AS other ON other.name = mine.name AND other.incident_id <> mine.incident_id
       JOIN library_incidents AS l ON l.incident_id = other.incident_id
      WHERE mine.incident_id = ?`,
  ).all(incidentId) as { seq: number; name: string }[]
  for (const row of rows) out.set(row.seq, [...(out.get(row.seq) ?? []), row.name])
  return out
}

/** Incidents sharing a service with the subject: seq -> service names. */
function sameServices(db: Database.Database, subject: Subject): Map<number, string[]> {
  const rows = prepared(
    db,
    `SELECT l.seq, mine.value AS service
       FROM json_each(@services) AS mine
       JOIN incidents AS i ON i.id <> @id
       JOIN json_each(i.services) AS theirs ON lower(theirs.value) = lower(mine.value)
       JOIN library_incidents AS l ON l.incident_id = i.id`,
  ).all({ services: subject.services, id: subject.id }) as { seq: number; service: string }[]
  const out = new Map<number, string[]>()
  for (const row of rows) out.set(row.seq, [...(out.get(row.seq) ?? []), row.service])
  return out
}

interface Candidate {
  score: number
  reasons: Message[]
}

function wordCandidates(db: Database.Database, subject: Subject, total: number) {
  const terms = telling(`${subject.title} ${subject.summary.slice(0, 2000)}`)
  const hits = collectHits(db, terms)
  const idf = hits.incidentCounts.map((holding) => inverseFrequency(total, holding))
  const out = new Map<number, Candidate>()
  for (const seq of matchingSeqs(hits, terms.length, true)) {
    const score = scoreOf(hits, seq, idf)
    if (score < MIN_WORD_SCORE) continue
    const found = hits.found[seq] ?? 0
    const shared = terms.filter((_, j) => (found & (1 << j)) !== 0).map((t) => t.text)
    const words = msg('msgSources:similar.words', { value: shared.slice(0, 5).join(', ') })
    out.set(seq, { score, reasons: [words] })
  }
  return out
}

export function similarIncidents(
  db: Database.Database,
  incidentId: string,
  limit: number,
): SimilarIncident[] {
  const subject = prepared(
    db,
    `SELECT l.seq, i.id, i.title, i.summary, i.services, i.started_at
       FROM incidents AS i JOIN library_incidents AS l ON l.incident_id = i.id WHERE i.id = ?`,
  ).get(incidentId) as Subject | undefined
  if (!subject) return []
  const total = prepared(db, 'SELECT count(*) FROM library_incidents').pluck().get() as number
  const candidates = wordCandidates(db, subject, total)
  const add = (seq: number, score: number, reason: Message) => {
    const entry = candidates.get(seq) ?? { score: 0, reasons: [] }
    entry.score += score
    entry.reasons.unshift(reason)
    candidates.set(seq, entry)
  }
  for (const [seq, names] of sameServices(db, subject))
    add(
      seq,
      SERVICE_WEIGHT * names.length,
      msg('msgSources:similar.service', { value: names.join(', ') }),
    )
  for (const [seq, names] of sameAlerts(db, subject.id))
    add(
      seq,
      ALERT_WEIGHT,
      msg('msgSources:similar.alert', { value: [...new Set(names)].join(', ') }),
    )
  candidates.delete(subject.seq)
  const ranked = [...candidates.entries()]
    .sort((a, b) => b[1].score - a[1].score || b[0] - a[0])
    .slice(0, MAX_CONSIDERED)
  const items = itemsBySeq(
    db,
    ranked.map(([seq]) => seq),
  )
  return ranked
    .flatMap(([seq, candidate]) => {
      const item = items.get(seq)
      // Past incidents only: the ones whose postmortems can help now.
      if (!item || item.startedAt > subject.started_at) return []
      return [
        {
          id: item.id,
          title: item.title,
          severity: item.severity,
          status: item.status,
          startedAt: item.startedAt,
          postmortemStatus: item.postmortemStatus,
          origin: item.origin,
          reasons: candidate.reasons.map(englishText),
          reasonTexts: candidate.reasons,
        },
      ]
    })
    .slice(0, limit)
}
