import { locales, type z } from 'zod'
import { sharedEn } from './catalogues'
import { msg, type Message, type MessageKey } from './messages'

// Validation messages from the contract's schemas, as catalogue messages. A schema's own
// message (`.min(1, 'Describe the hypothesis first.')`) is found by its English text among the
// catalogues' texts; zod's generic messages ("Too small: expected string to have >=1
// characters") become plain sentences by issue code.

type Issue = z.core.$ZodIssue

const zodEnglish = locales.en().localeError

function isZodDefault(issue: Issue): boolean {
  // zod drops the input from the issue, so "received …" cannot be recomputed here.
  if (issue.code === 'invalid_type') return issue.message.startsWith('Invalid input: expected ')
  const made = zodEnglish(issue as Parameters<typeof zodEnglish>[0])
  return issue.message === (typeof made === 'string' ? made : made?.message)
}

function isMessage(value: unknown): value is Message {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Message).key === 'string' &&
    (value as Message).key.includes(':')
  )
}

let keysByText: Map<string, MessageKey> | null = null

/** Every parameterless catalogue text, so a schema's own English message finds its key. */
function catalogueKeyFor(text: string): MessageKey | undefined {
  if (!keysByText) {
    keysByText = new Map()
    const walk = (node: unknown, path: string) => {
      if (typeof node === 'string') {
        if (!node.includes('{{')) keysByText!.set(node, path as MessageKey)
      } else if (node && typeof node === 'object') {
        for (const [key, value] of Object.entries(node))
          walk(value, path.endsWith(':') ? `${path}${key}` : `${path}.${key}`)
      }
    }
    for (const [namespace, catalogue] of Object.entries(sharedEn)) walk(catalogue, `${namespace}:`)
  }
  return keysByText.get(text) ?? keysByText.get(text.replace(/\.$/, ''))
}

function sizeMessage(issue: Issue & { code: 'too_small' | 'too_big' }): Message {
  const small = issue.code === 'too_small'
  const limit = Number(small ? issue.minimum : issue.maximum)
  if (issue.origin === 'string') {
    if (small && limit <= 1) return msg('msgCommon:validation.required')
    return small
      ? msg('msgCommon:validation.tooShort', { minimum: limit })
      : msg('msgCommon:validation.tooLong', { maximum: limit })
  }
  if (issue.origin === 'array' || issue.origin === 'set') {
    return small
      ? msg('msgCommon:validation.tooFewItems', { minimum: limit })
      : msg('msgCommon:validation.tooManyItems', { maximum: limit })
  }
  return small
    ? msg('msgCommon:validation.atLeast', { minimum: limit })
    : msg('msgCommon:validation.atMost', { maximum: limit })
}

function genericMessage(issue: Issue): Message {
  switch (issue.code) {
    case 'too_small':
    case 'too_big':
      return sizeMessage(issue)
    case 'invalid_type':
      if (issue.expected === 'int') return msg('msgCommon:validation.wholeNumber')
      if (issue.expected === 'number') return msg('msgCommon:validation.notANumber')
      return msg('msgCommon:validation.invalid')
    case 'invalid_value':
      return msg('msgCommon:validation.oneOf', { options: issue.values.map(String).join(', ') })
    case 'invalid_format':
      return issue.format === 'regex'
        ? msg('msgCommon:validation.pattern')
        : msg('msgCommon:validation.format', { format: issue.format })
    case 'not_multiple_of':
      return msg('msgCommon:validation.wholeNumber')
    default:
      return msg('msgCommon:validation.invalid')
  }
}

/**
 * The catalogue message for a validation issue, or null when a schema wrote its own text that
 * is not in the catalogues yet (it is then shown as written).
 */
export function issueMessage(issue: Issue): Message | null {
  // A refinement that worded its problem as a message passes it in the issue's params.
  if (issue.code === 'custom' && isMessage(issue.params?.text)) return issue.params.text
  if (isZodDefault(issue)) return genericMessage(issue)
  const key = catalogueKeyFor(issue.message)
  return key ? msg(key) : null
}
