import type { z } from 'zod'
import { AppError } from '../../../shared/contract/errors'
import { englishText } from '../../../shared/i18n/english'
import { msg, type Message } from '../../../shared/i18n/messages'
import type {
  dataSourceChannels,
  dataSourceInput,
  DataSourceView,
} from '../../../shared/contract/datasources'
import {
  deleteDataSource,
  findDataSource,
  listDataSources,
  upsertDataSource,
  type DataSourceRecord,
} from '../repositories/datasources'
import type { SecretStore } from '../secrets/secret-store'
import { detectJaegerApi } from '../sources/jaeger/detect'
import { createPrometheusClient } from '../sources/prometheus/client'
import { fetchJson } from '../sources/http'
import { apiUrl, authHeaders, type SourceConfig } from '../sources/prometheus/request'
import { failureText } from './failure-text'
import type { HandlerDeps, HandlersFor } from './types'

type DataSourceInput = z.output<typeof dataSourceInput>

const secretKey = (id: string, what: string) => `datasource:${id}:${what}`

/** Applies one secret field: undefined keeps, '' removes, anything else replaces. */
function applySecret(secrets: SecretStore, key: string, value: string | undefined): void {
  if (value === undefined) return
  if (value === '') secrets.delete(key)
  else secrets.set(key, value)
}

function toView(record: DataSourceRecord, secrets: SecretStore): DataSourceView {
  const has = (what: string) => secrets.get(secretKey(record.id, what)) !== undefined
  const auth: DataSourceView['auth'] =
    record.authType === 'basic'
      ? { type: 'basic', username: record.username, hasPassword: has('password') }
      : record.authType === 'bearer'
        ? { type: 'bearer', hasToken: has('token') }
        : { type: 'none' }
  return {
    id: record.id,
    kind: record.kind,
    name: record.name,
    url: record.url,
    auth,
    headers: record.headerNames.map((name) => ({ name, hasValue: has(`header:${name}`) })),
    timeoutMs: record.timeoutMs,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  }
}

function saveSecrets(
  secrets: SecretStore,
  id: string,
  input: DataSourceInput,
  previous?: DataSourceRecord,
) {
  const auth = input.auth
  if (auth.type !== 'basic') secrets.delete(secretKey(id, 'password'))
  if (auth.type !== 'bearer') secrets.delete(secretKey(id, 'token'))
  if (auth.type === 'basic') applySecret(secrets, secretKey(id, 'password'), auth.password)
  if (auth.type === 'bearer') applySecret(secrets, secretKey(id, 'token'), auth.token)
  const names = new Set(input.headers.map((h) => h.name))
  for (const old of previous?.headerNames ?? []) {
    if (!names.has(old)) secrets.delete(secretKey(id, `header:${old}`))
  }
  for (const header of input.headers)
    applySecret(secrets, secretKey(id, `header:${header.name}`), header.value)
}

/** The full connection settings of a data source, secrets included, for a request. */
export function sourceConfigFor(
  deps: HandlerDeps,
  id: string,
): { record: DataSourceRecord; config: SourceConfig } {
  const record = findDataSource(deps.db, id)
  if (!record) throw new AppError('not_found', msg('msgSources:source.notFound'))
  const secret = (what: string) => deps.secrets.get(secretKey(id, what)) ?? ''
  const auth: SourceConfig['auth'] =
    record.authType === 'basic'
      ? { type: 'basic', username: record.username, password: secret('password') }
      : record.authType === 'bearer'
        ? { type: 'bearer', token: secret('token') }
        : { type: 'none' }
  const headers = Object.fromEntries(
    record.headerNames.map((name) => [name, secret(`header:${name}`)]),
  )
  return { record, config: { baseUrl: record.url, auth, headers, timeoutMs: record.timeoutMs } }
}

/** A connection test's answer: English for logs and old clients, and the message to word. */
function connected(text: Message, version: string) {
  return { ok: true, message: englishText(text), text, version }
}

async function testConnection(record: DataSourceRecord, config: SourceConfig) {
  if (record.kind === 'jaeger') {
    const version = await detectJaegerApi(config)
    return connected(msg('msgSources:source.connected.jaeger', { version }), version)
  }
  if (record.kind === 'alertmanager') {
    const answer = await fetchJson(apiUrl(config.baseUrl, '/api/v2/status'), {
      headers: authHeaders(config),
      timeoutMs: config.timeoutMs,
    })
    const version = (answer.json as { versionInfo?: { version?: string } })?.versionInfo?.version
    if (answer.status !== 200 || !version) {
      throw new AppError(
        'source_error',
        msg('msgSources:source.alertmanagerNoStatus', { status: answer.status }),
      )
    }
    return connected(msg('msgSources:source.connected.alertmanager', { version }), version)
  }
  const info = await createPrometheusClient(config).buildInfo()
  return connected(
    msg('msgSources:source.connected.prometheus', { version: info.version }),
    info.version,
  )
}

export function dataSourceHandlers(
  deps: HandlerDeps,
): HandlersFor<keyof typeof dataSourceChannels> {
  const { db, secrets } = deps
  return {
    'datasource.list'() {
      return listDataSources(db).map((record) => toView(record, secrets))
    },
    'datasource.save'(input) {
      const previous = input.id ? findDataSource(db, input.id) : undefined
      if (input.id && !previous) throw new AppError('not_found', msg('msgSources:source.gone'))
      const at = deps.now()
      const record: DataSourceRecord = {
        id: previous?.id ?? deps.newId(),
        kind: input.kind,
        name: input.name,
        url: input.url.replace(/\/+$/, ''),
        authType: input.auth.type,
        username: input.auth.type === 'basic' ? input.auth.username : '',
        headerNames: input.headers.map((h) => h.name),
        timeoutMs: input.timeoutMs,
        createdAt: previous?.createdAt ?? at,
        updatedAt: at,
      }
      upsertDataSource(db, record)
      saveSecrets(secrets, record.id, input, previous)
      deps.emit({ name: 'datasource.changed' })
      return toView(record, secrets)
    },
    'datasource.delete'(input) {
      if (!deleteDataSource(db, input.id))
        throw new AppError('not_found', msg('msgSources:source.gone'))
      secrets.deletePrefix(secretKey(input.id, ''))
      deps.emit({ name: 'datasource.changed' })
      return { id: input.id }
    },
    async 'datasource.test'(input) {
      const { record, config } = sourceConfigFor(deps, input.id)
      try {
        return await testConnection(record, config)
      } catch (error) {
        return { ok: false, ...failureText(error) }
      }
    },
    'secrets.info'() {
      if (secrets.protection === 'os-encryption') {
        return { protection: 'os-encryption' as const, warning: null, warningText: null }
      }
      const warningText = msg('msgSources:source.secretsInPlainFile')
      return {
        protection: 'file-permissions' as const,
        warning: englishText(warningText),
        warningText,
      }
    },
  }
}
