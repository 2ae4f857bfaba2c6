import { afterEach, describe, expect, it } from 'vitest'
import { generateTrace, toJaegerV1Json } from '../../../../e2e/support/trace-builder'
import { AppError } from '../../../../shared/contract/errors'
import { analyzeTrace, parseTracePayload } from '../../../../shared/domain/traces'
import { nestedParams } from '../../../../shared/domain/traces/warnings'
import { msg } from '../../../../shared/i18n/messages'
import { BridgeCallError } from '../../bridge/errors'
import { i18n } from '../../i18n'
import { UTC_ZONE } from '../../ui/time'
import { emptyDraft, readSearchDraft } from './search/search-draft'
import { formatTraceDuration, wordTraceMessage, wordTraceWarnings } from './trace-messages'

function onlyTrace(text: string) {
  const parsed = parseTracePayload(text)
  if (!parsed.ok || !parsed.traces[0]) throw new Error('no trace')
  return parsed.traces[0]
}

/** A root with one child that starts before it and ends after it: clock skew. */
const SKEWED = JSON.stringify({
  traceID: 'skew',
  spans: [
    { traceID: 'skew', spanID: 'a', operationName: 'GET /top', startTime: 1000, duration: 100 },
    {
      traceID: 'skew',
      spanID: 'b',
      operationName: 'SELECT',
      startTime: 900,
      duration: 400,
      references: [{ refType: 'CHILD_OF', traceID: 'skew', spanID: 'a' }],
    },
  ],
  processes: {},
})

describe('trace texts in the UI language', () => {
  afterEach(() => i18n.changeLanguage('en'))

  it('words the summary with figures for the language, English exactly as the backend wrote it', async () => {
    const trace = onlyTrace(
      toJaegerV1Json(generateTrace({ spans: 300, seed: 11, dominantDbSpan: true })),
    )
    const { summary, summaryText } = analyzeTrace(trace)
    expect(wordTraceMessage(summaryText, summary)).toBe(summary)
    await i18n.changeLanguage('pt-BR')
    expect(wordTraceMessage(summaryText, summary)).toMatch(
      /^\d+% de 7,1 s é tempo próprio em leaderboard-db SELECT( \(\d+ spans\))?\.$/,
    )
    expect(formatTraceDuration(42_500_000)).toBe('42,5 s')
  })

  it('words normalization warnings and leaves the source’s own words as sent', async () => {
    const trace = onlyTrace(SKEWED)
    const english = [...trace.warnings, 'a warning Jaeger sent']
    const texts = [...trace.warningTexts, null]
    expect(wordTraceWarnings(english, texts)).toEqual(english)
    await i18n.changeLanguage('pt-BR')
    expect(wordTraceWarnings(english, texts)).toEqual([
      '1 span fica em parte fora do pai (diferença de relógio?); exibido como registrado.',
      'a warning Jaeger sent',
    ])
  })

  it('shows a Jaeger error and a file it cannot read in Portuguese, nested reasons included', async () => {
    await i18n.changeLanguage('pt-BR')
    const missing = new AppError('not_found', msg('msgTraces:jaeger.noTrace', { traceId: 'feed' }))
    expect(BridgeCallError.from(missing.toBridgeError()).message).toMatch(
      /^O Jaeger não tem o trace feed\. Confira o ID;/,
    )
    const parsed = parseTracePayload('{"data":["api","db"],"errors":null}')
    if (parsed.ok) throw new Error('a services list is not a trace')
    const unreadable = new AppError(
      'invalid_input',
      msg('msgTraces:open.notReadable', {
        ...nestedParams('reason', parsed.error.text),
        name: 'x.json',
      }),
    )
    expect(unreadable.message).toMatch(
      /^x\.json is not a trace file we can read: This is a Jaeger v1 services or operations list/,
    )
    expect(BridgeCallError.from(unreadable.toBridgeError()).message).toMatch(
      /^x\.json não é um arquivo de trace que conseguimos ler: Isto é uma lista de serviços ou operações do Jaeger v1 .*Esperado: um trace do Jaeger:/,
    )
  })

  it('puts the search form’s problems in Portuguese next to their fields', async () => {
    await i18n.changeLanguage('pt-BR')
    const now = Date.UTC(2026, 10, 21, 12, 0)
    const draft = { ...emptyDraft(null), tags: 'error', minDuration: '5', limit: 5000 }
    const read = readSearchDraft(draft, { sourceId: 's', incident: null, zone: UTC_ZONE, now })
    expect(read.ok ? {} : read.errors).toEqual({
      service: 'Escolha um serviço',
      tags: '"error" não está no formato chave=valor; escreva tags como error=true http.status_code=500',
      minDuration: 'Adicione uma unidade: 5ms, 5s ou 5us',
      limit: 'No máximo 1.500 traces',
    })
    const backwards = {
      ...emptyDraft(null),
      service: 'api',
      minDuration: '2s',
      maxDuration: '1s',
      range: 'custom' as const,
      from: { value: '2026-11-21T11:00', badInput: false },
      to: { value: '2026-11-21T10:00', badInput: false },
    }
    const again = readSearchDraft(backwards, { sourceId: 's', incident: null, zone: UTC_ZONE, now })
    expect(again.ok ? {} : again.errors).toEqual({
      endMs: 'O fim deve ser depois do início',
      maxDuration: 'A duração máxima deve ser pelo menos a mínima',
    })
  })
})
