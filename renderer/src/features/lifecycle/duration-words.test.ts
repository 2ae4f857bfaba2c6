import { describe, expect, it } from 'vitest'
import { keyDurations, type KeyDuration } from '../../../../shared/domain/durations'
import { i18n } from '../../i18n'
import { UTC_ZONE, formatTime } from '../../ui/time'
import { durationWords } from './duration-words'

const t0 = Date.UTC(2024, 4, 1, 13, 40)
const minute = 60_000
const incident = {
  startedAt: t0,
  detectedAt: t0 + 13 * minute,
  acknowledgedAt: null,
  mitigatedAt: null,
  resolvedAt: null,
}
const now = t0 + 40 * minute
const format = (at: number) => formatTime(at, UTC_ZONE)
const byName = (durations: KeyDuration[], name: KeyDuration['name']) =>
  durations.find((duration) => duration.name === name) as KeyDuration

describe('key duration words', () => {
  const durations = keyDurations(incident, { now, formatTime: format })
  const unknown = keyDurations({ ...incident, detectedAt: null }, { formatTime: format })

  it('say in English exactly what the shared rule says', () => {
    const words = durationWords(i18n.getFixedT('en', 'lifecycle'), format)
    for (const duration of [...durations, ...unknown]) {
      expect(words.label(duration)).toBe(duration.label)
      expect(words.explanation(duration)).toBe(duration.explanation)
    }
  })

  it('explain finished, running and unknown phases in Portuguese', () => {
    const words = durationWords(i18n.getFixedT('pt-BR', 'lifecycle'), format)
    expect(words.explanation(byName(durations, 'detect'))).toBe(
      'Tempo até detectar: de 13:40:00 UTC (início) até 13:53:00 UTC (detecção)',
    )
    expect(words.explanation(byName(durations, 'mitigate'))).toBe(
      'Tempo até mitigar: de 13:40:00 UTC (início) até agora; ainda sem mitigação',
    )
    expect(words.explanation(byName(unknown, 'acknowledge'))).toBe(
      'Tempo até reconhecer: desconhecido, sem horário de detecção',
    )
  })
})
