import { afterEach, describe, expect, it } from 'vitest'
import { AppError } from '../../../../shared/contract/errors'
import { describePrometheusError } from '../../../../shared/domain/prometheus/query-error'
import { msg } from '../../../../shared/i18n/messages'
import { BridgeCallError } from '../../bridge/errors'
import { i18n } from '../../i18n'
import { wordMessage } from '../../i18n/messages'
import { describeQueryError } from './query-error'

// What a Portuguese reader sees of the errors the metrics backend writes: the app's own words in
// Portuguese, what the server said (Prometheus's reason, a proxy's page) as it was written.

afterEach(async () => {
  await i18n.changeLanguage('en')
})

/** A failed call as the renderer receives it from the backend. */
function received(error: AppError): BridgeCallError {
  return BridgeCallError.from(error.toBridgeError())
}

describe('metrics errors in Portuguese', () => {
  it('words an unreachable source, keeping the host and the system reason', async () => {
    const error = new AppError(
      'source_error',
      msg('msgSources:transport.unreachable', { host: '127.0.0.1:9', reason: 'ECONNREFUSED' }),
    )
    expect(received(error).message).toBe(
      'Could not reach 127.0.0.1:9 (ECONNREFUSED). Check the URL and port, that the server is running, and your network or VPN.',
    )
    await i18n.changeLanguage('pt-BR')
    expect(received(error).message).toBe(
      'Não foi possível acessar 127.0.0.1:9 (ECONNREFUSED). Verifique a URL e a porta, se o servidor está rodando e sua rede ou VPN.',
    )
  })

  it("words a proxy's HTML answer, its status line and first characters as they came", async () => {
    await i18n.changeLanguage('pt-BR')
    const params = { host: 'metrics.example', status: '502 Bad Gateway', snippet: '<html>Sign in' }
    const error = new AppError('source_error', msg('msgSources:transport.notJson.proxy', params))
    expect(received(error).message).toBe(
      'metrics.example respondeu HTTP 502 Bad Gateway com algo que não é JSON: "<html>Sign in". Um proxy ou uma página de login pode estar respondendo no lugar do servidor: verifique a URL e as configurações de proxy.',
    )
  })

  it('words a parse error beside the query, with Prometheus’s reason as written', async () => {
    const query = 'sum(rate(up[5m])'
    const described = describePrometheusError(
      'bad_data',
      'invalid parameter "query": 1:17: parse error: unclosed left parenthesis',
      query,
    )
    const error = new AppError('invalid_input', described.text, {
      fields: { query: described.text, 'query.position': '1:17:16' },
      info: 'errorType=bad_data status=400',
    })
    await i18n.changeLanguage('pt-BR')
    const shown = describeQueryError(received(error), query)
    expect(shown.title).toBe(i18n.t('query:errors.titles.badData'))
    expect(shown.mark).toEqual({
      offset: 16,
      message:
        'A consulta tem um erro na linha 1, coluna 17: unclosed left parenthesis. Corrija a consulta e execute de novo.',
    })
  })

  it('writes the numbers of an SLO problem with the decimal comma', async () => {
    const text = msg('msgSources:slo.noBucketUse', {
      histogram: 'http_request_duration_seconds',
      threshold: 2.5,
      bound: 0.25,
    })
    const english =
      'http_request_duration_seconds has no bucket at 2.5 s, so the share of requests under it cannot be read; use 0.25 s.'
    expect(wordMessage(text, 'unused')).toBe(english)
    await i18n.changeLanguage('pt-BR')
    expect(wordMessage(text, english)).toBe(
      'http_request_duration_seconds não tem bucket em 2,5 s, então a fração de requisições abaixo disso não pode ser lida; use 0,25 s.',
    )
  })

  it('words a connection test result and the field messages of a wrong source', async () => {
    await i18n.changeLanguage('pt-BR')
    expect(
      wordMessage(msg('msgSources:source.connected.prometheus', { version: '3.1.0' }), ''),
    ).toBe('Conectado ao Prometheus 3.1.0')
    const wrong = new AppError(
      'invalid_input',
      msg('msgSources:source.wrongKind.alertmanagerNotPrometheus', { name: 'AM' }),
      { fields: { sourceId: msg('msgSources:source.choose.prometheus') } },
    )
    expect(received(wrong).message).toBe(
      '"AM" é uma fonte do Alertmanager; escolha uma fonte do Prometheus.',
    )
    expect(received(wrong).fields.sourceId).toBe('Escolha uma fonte do Prometheus')
  })
})
