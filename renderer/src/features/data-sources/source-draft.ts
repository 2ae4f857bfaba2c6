// The data source form's draft and its translation to datasource.save's input. Secrets are
// write-only: the form knows whether one is set, never its value, and says keep, replace or clear.
import type { ChannelInput } from '../../../../shared/contract/index'
import {
  dataSourceInput,
  type DataSourceKind,
  type DataSourceView,
} from '../../../../shared/contract/datasources'
import { i18n } from '../../i18n'
import { wordedFieldErrors } from '../../i18n/messages'

export interface SecretDraft {
  /** Whether a value is stored now. */
  isSet: boolean
  action: 'keep' | 'replace' | 'clear'
  value: string
}

export interface HeaderDraft {
  name: string
  value: SecretDraft
}

export interface SourceDraft {
  id?: string
  kind: DataSourceKind
  name: string
  url: string
  authType: 'none' | 'basic' | 'bearer'
  username: string
  password: SecretDraft
  token: SecretDraft
  headers: HeaderDraft[]
  timeoutSeconds: string
}

export const SOURCE_FIELDS = ['kind', 'name', 'url', 'auth', 'headers', 'timeoutMs'] as const
export type SourceField = (typeof SOURCE_FIELDS)[number]

export const newSecret = (isSet = false): SecretDraft => ({ isSet, action: 'keep', value: '' })

export function emptySourceDraft(kind: DataSourceKind = 'prometheus'): SourceDraft {
  return {
    kind,
    name: '',
    url: '',
    authType: 'none',
    username: '',
    password: newSecret(),
    token: newSecret(),
    headers: [],
    timeoutSeconds: '30',
  }
}

export function draftFromSource(source: DataSourceView): SourceDraft {
  return {
    id: source.id,
    kind: source.kind,
    name: source.name,
    url: source.url,
    authType: source.auth.type,
    username: source.auth.type === 'basic' ? source.auth.username : '',
    password: newSecret(source.auth.type === 'basic' && source.auth.hasPassword),
    token: newSecret(source.auth.type === 'bearer' && source.auth.hasToken),
    headers: source.headers.map((header) => ({
      name: header.name,
      value: newSecret(header.hasValue),
    })),
    timeoutSeconds: String(source.timeoutMs / 1000),
  }
}

/** undefined keeps what is stored, '' removes it, text replaces it. */
export function secretInput(secret: SecretDraft): string | undefined {
  if (secret.action === 'clear') return ''
  if (secret.action === 'replace' && secret.value !== '') return secret.value
  return undefined
}

function authInput(draft: SourceDraft): ChannelInput<'datasource.save'>['auth'] {
  if (draft.authType === 'basic') {
    return { type: 'basic', username: draft.username, password: secretInput(draft.password) }
  }
  if (draft.authType === 'bearer') return { type: 'bearer', token: secretInput(draft.token) }
  return { type: 'none' }
}

export type SourceCheck =
  | { ok: true; input: ChannelInput<'datasource.save'> }
  | { ok: false; errors: Partial<Record<SourceField, string>> }

/** The backend's own schema, checked before sending; messages land beside their fields. */
export function checkSourceDraft(draft: SourceDraft): SourceCheck {
  const seconds = Number(draft.timeoutSeconds)
  const input = {
    ...(draft.id ? { id: draft.id } : {}),
    kind: draft.kind,
    name: draft.name,
    url: draft.url,
    auth: authInput(draft),
    headers: draft.headers.map((header) => ({
      name: header.name,
      value: secretInput(header.value),
    })),
    timeoutMs: Number.isFinite(seconds) ? Math.round(seconds * 1000) : Number.NaN,
  }
  const parsed = dataSourceInput.safeParse(input)
  if (parsed.success) return { ok: true, input }
  const errors: Partial<Record<SourceField, string>> = {}
  for (const [path, message] of Object.entries(wordedFieldErrors(parsed.error.issues))) {
    const field = path.split('.')[0] as SourceField
    errors[field] ??=
      field === 'timeoutMs' && Number.isNaN(input.timeoutMs)
        ? i18n.t('dataSources:validation.timeoutNumber')
        : message
  }
  return { ok: false, errors }
}
