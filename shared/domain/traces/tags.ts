import type { Tag, TagType } from './model'

/** Reads an unknown as a plain object, or undefined; every source field goes through this. */
export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined
}

export function asArray(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : []
}

function textOf(value: unknown): string {
  if (typeof value === 'string') return value
  if (value === undefined || value === null) return ''
  if (typeof value === 'object') return safeStringify(value)
  return String(value)
}

/** JSON.stringify recurses, so a pathologically nested value must not take the parser down. */
function safeStringify(value: unknown): string {
  try {
    return JSON.stringify(value)
  } catch {
    return '[unprintable value]'
  }
}

/** int64 as exact decimal text; a number that is not a safe integer was already rounded. */
function int64Text(value: unknown): { text: string; rounded: boolean } {
  if (typeof value === 'number')
    return { text: String(value), rounded: !Number.isSafeInteger(value) }
  return { text: textOf(value), rounded: false }
}

const V1_TYPES: Record<string, TagType> = {
  string: 'string',
  bool: 'bool',
  int64: 'int64',
  float64: 'float64',
  binary: 'binary',
}

/** A Jaeger v1 tag or log field `{key, type, value}`; values may be typed or stringly typed. */
export function v1Tag(raw: unknown, roundedKeys?: string[]): Tag | undefined {
  const tag = asRecord(raw)
  if (!tag) return undefined
  const key = textOf(tag.key)
  const type = V1_TYPES[textOf(tag.type).toLowerCase()] ?? 'string'
  const value = tag.value
  switch (type) {
    case 'bool':
      return { key, type, value: value === true || value === 'true' }
    case 'int64': {
      const { text, rounded } = int64Text(value)
      if (rounded) roundedKeys?.push(key)
      return { key, type, value: text }
    }
    case 'float64': {
      const number = typeof value === 'number' ? value : Number(textOf(value))
      return Number.isNaN(number)
        ? { key, type: 'string', value: textOf(value) }
        : { key, type, value: number }
    }
    default:
      return { key, type, value: textOf(value) }
  }
}

/** An OTLP AnyValue (`{stringValue}`, `{intValue}`, `{arrayValue: {values}}` ...) as a Tag. */
export function otlpTag(key: string, raw: unknown): Tag {
  const any = asRecord(raw) ?? {}
  if ('stringValue' in any) return { key, type: 'string', value: textOf(any.stringValue) }
  if ('boolValue' in any)
    return { key, type: 'bool', value: any.boolValue === true || any.boolValue === 'true' }
  if ('intValue' in any) return { key, type: 'int64', value: int64Text(any.intValue).text }
  if ('doubleValue' in any) return { key, type: 'float64', value: Number(any.doubleValue) }
  if ('bytesValue' in any) return { key, type: 'binary', value: textOf(any.bytesValue) }
  if ('arrayValue' in any) return { key, type: 'array', value: safeStringify(otlpPlain(raw)) }
  if ('kvlistValue' in any) return { key, type: 'map', value: safeStringify(otlpPlain(raw)) }
  return { key, type: 'string', value: '' }
}

/** Nested OTLP values as plain JSON, for display of arrays and maps. */
function otlpPlain(raw: unknown, depth = 0): unknown {
  const any = asRecord(raw) ?? {}
  if (depth > 32) return null
  if ('arrayValue' in any) {
    return asArray(asRecord(any.arrayValue)?.values).map((item) => otlpPlain(item, depth + 1))
  }
  if ('kvlistValue' in any) {
    const entries = asArray(asRecord(any.kvlistValue)?.values).map((entry) => {
      const pair = asRecord(entry) ?? {}
      return [textOf(pair.key), otlpPlain(pair.value, depth + 1)] as const
    })
    return Object.fromEntries(entries)
  }
  const tag = otlpTag('', raw)
  return tag.value
}

/** OTLP `attributes: [{key, value}]` as Tags. */
export function otlpAttributes(raw: unknown): Tag[] {
  const tags: Tag[] = []
  for (const item of asArray(raw)) {
    const pair = asRecord(item)
    if (pair) tags.push(otlpTag(textOf(pair.key), pair.value))
  }
  return tags
}

export function v1Tags(raw: unknown, roundedKeys?: string[]): Tag[] {
  const tags: Tag[] = []
  for (const item of asArray(raw)) {
    const tag = v1Tag(item, roundedKeys)
    if (tag) tags.push(tag)
  }
  return tags
}

/**
 * Why a span counts as failed, or undefined. Works on raw values so normalization can flag errors
 * without building Tag objects for 100,000 spans.
 */
export function errorReasonOfAttribute(key: unknown, value: unknown): string | undefined {
  if (key === 'error') return value === true || value === 'true' ? 'error=true' : undefined
  if (key === 'otel.status_code') return value === 'ERROR' ? 'otel.status_code=ERROR' : undefined
  // Plain comparisons: a Set lookup would hash every tag key of every span.
  if (key === 'http.status_code' || key === 'http.response.status_code') {
    const status = Number(value)
    return status >= 500 ? `${key}=${status}` : undefined
  }
  return undefined
}

/** v1 tags: the first failure reason found. */
export function v1ErrorReason(tags: unknown): string | undefined {
  if (!Array.isArray(tags)) return undefined
  for (const item of tags) {
    const tag = asRecord(item)
    if (!tag) continue
    const reason = errorReasonOfAttribute(tag.key, tag.value)
    if (reason) return reason
  }
  return undefined
}

/** The plain value inside an OTLP AnyValue (string, bool, int or double), else undefined. */
export function otlpScalar(raw: unknown): unknown {
  const any = asRecord(raw)
  if (!any) return undefined
  return any.stringValue ?? any.boolValue ?? any.intValue ?? any.doubleValue
}

/** OTLP span: status ERROR (2, or "STATUS_CODE_ERROR") first, then the attributes. */
export function otlpErrorReason(span: Record<string, unknown>): string | undefined {
  const code = asRecord(span.status)?.code
  if (code === 2 || code === 'STATUS_CODE_ERROR') return 'status ERROR'
  if (!Array.isArray(span.attributes)) return undefined
  for (const item of span.attributes) {
    const pair = asRecord(item)
    if (!pair) continue
    const reason = errorReasonOfAttribute(pair.key, otlpScalar(pair.value))
    if (reason) return reason
  }
  return undefined
}
