import { englishText } from '../../i18n/english'
import { msg, type Message, type MessageParams } from '../../i18n/messages'

// Redaction before export: e-mail addresses, IP addresses, bearer tokens, API keys and secrets
// in key=value form, plus the user's own patterns. Secrets are on by default; the others are a
// choice (an internal postmortem may want the hosts). Applied to the document's text before it
// is rendered, so the preview, the file and the evidence summaries agree.

export const REDACTION_RULES = [
  'email',
  'ipv4',
  'ipv6',
  'bearer',
  'api_key',
  'secret',
  'custom',
] as const
export type RedactionRule = (typeof REDACTION_RULES)[number]

export interface RedactionOptions {
  emails: boolean
  ipAddresses: boolean
  secrets: boolean
  /** JavaScript regular expressions, matched case-sensitively with the u flag. */
  customPatterns: string[]
}

export const DEFAULT_REDACTION: RedactionOptions = {
  emails: false,
  ipAddresses: false,
  secrets: true,
  customPatterns: [],
}

export const MAX_CUSTOM_PATTERNS = 20
export const MAX_PATTERN_LENGTH = 500

const LABELS: Record<RedactionRule, string> = {
  email: '[redacted email]',
  ipv4: '[redacted IP]',
  ipv6: '[redacted IP]',
  bearer: '[redacted token]',
  api_key: '[redacted key]',
  secret: '[redacted secret]',
  custom: '[redacted]',
}

interface Rule {
  id: RedactionRule
  pattern: RegExp
  /** Keeps part of the match (the "Bearer " or "token=" before the secret). */
  keep?: (match: RegExpExecArray) => string
  /** A finer check than a regular expression can do. */
  accept?: (text: string) => boolean
}

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)'

function isIpv6(candidate: string): boolean {
  const halves = candidate.split('::')
  if (halves.length > 2) return false
  const groups = (half: string | undefined) => (half ? half.split(':') : [])
  const head = groups(halves[0])
  const tail = groups(halves[1])
  let tailGroups = tail
  let ipv4Groups = 0
  const last = tail.at(-1) ?? (halves.length === 1 ? head.at(-1) : undefined)
  if (last?.includes('.')) {
    if (!new RegExp(`^${OCTET}(?:\\.${OCTET}){3}$`).test(last)) return false
    ipv4Groups = 2
    if (tail.length > 0) tailGroups = tail.slice(0, -1)
    else head.pop()
  }
  const all = [...head, ...tailGroups]
  if (!all.every((g) => /^[0-9a-f]{1,4}$/i.test(g))) return false
  const count = all.length + ipv4Groups
  return halves.length === 2 ? count <= 7 : count === 8
}

const BUILT_IN: Record<'email' | 'ip' | 'secrets', Rule[]> = {
  email: [
    {
      id: 'email',
      pattern:
        /(?<![\w.%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w-])/g,
    },
  ],
  ip: [
    { id: 'ipv4', pattern: new RegExp(`(?<![\\d.])${OCTET}(?:\\.${OCTET}){3}(?!\\.?\\d)`, 'g') },
    {
      id: 'ipv6',
      pattern:
        /(?<![\w:.])(?:[0-9a-f]{0,4}:){2,7}(?:[0-9a-f]{1,4}|(?:\d{1,3}\.){3}\d{1,3})?(?![\w:]|\.\d)/gi,
      // "::" alone is an address too, but in prose it is punctuation.
      accept: (candidate) => /[0-9a-f]/i.test(candidate) && isIpv6(candidate),
    },
  ],
  secrets: [
    {
      id: 'bearer',
      pattern: /\b(Bearer\s+)[A-Za-z0-9\-._~+/]{8,}=*/gi,
      keep: (m) => m[1] ?? '',
    },
    {
      id: 'api_key',
      pattern:
        /\b(?:sk-(?:proj-|live-|test-)?[A-Za-z0-9_-]{20,}|sk_(?:live|test)_[A-Za-z0-9]{16,}|(?:AKIA|ASIA)[0-9A-Z]{16}|gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{40,}|xox[bpars]-[A-Za-z0-9-]{10,}|glpat-[A-Za-z0-9_-]{20,}|AIza[0-9A-Za-z_-]{35})\b/g,
    },
    {
      // A long hex or base64 value after key=, token=, secret=... and anything after password=.
      id: 'secret',
      pattern:
        /\b((?:[a-z0-9]+[_-])*(?:api[_-]?key|key|token|secret|auth)["']?\s*[:=]\s*["']?)([A-Za-z0-9+/_-]{16,}={0,2})|\b((?:[a-z0-9]+[_-])*(?:password|passwd|pwd)["']?\s*[:=]\s*["']?)([^\s"'&,;]+)/gi,
      keep: (m) => m[1] ?? m[3] ?? '',
    },
  ],
}

export type PatternProblemKind = 'empty' | 'tooLong' | 'invalid' | 'matchesEmpty'

export interface PatternProblem {
  /** 0-based index in customPatterns. */
  index: number
  pattern: string
  kind: PatternProblemKind
  /** In English, as logs and older callers read it. */
  message: string
  /** The same as a catalogue message, for the reader's language. */
  text: Message
}

function compileCustom(pattern: string, index: number): Rule | PatternProblem {
  const problem = (kind: PatternProblemKind, params?: MessageParams): PatternProblem => {
    const text = msg(`msgFiles:export.pattern.${kind}`, params)
    return { index, pattern, kind, message: englishText(text), text }
  }
  if (pattern.trim() === '') return problem('empty')
  if (pattern.length > MAX_PATTERN_LENGTH) return problem('tooLong', { max: MAX_PATTERN_LENGTH })
  let regex: RegExp
  try {
    regex = new RegExp(pattern, 'gu')
  } catch (error) {
    // The reason is the JavaScript engine's own wording, kept as it is.
    return problem('invalid', { reason: error instanceof Error ? error.message : String(error) })
  }
  if (new RegExp(pattern, 'u').test('')) return problem('matchesEmpty')
  return { id: 'custom', pattern: regex }
}

export interface RedactionMatch {
  rule: RedactionRule
  /** The text that will disappear. */
  text: string
}

export interface Redactor {
  redact(text: string): string
  matches(text: string): RedactionMatch[]
}

function runRules(rules: readonly Rule[], text: string, onMatch: (m: RedactionMatch) => void) {
  let result = text
  for (const rule of rules) {
    result = result.replace(rule.pattern, (...args: unknown[]) => {
      const match = args as unknown as RegExpExecArray
      const whole = match[0]
      if (rule.accept && !rule.accept(whole)) return whole
      const kept = rule.keep?.(match) ?? ''
      onMatch({ rule: rule.id, text: whole.slice(kept.length) })
      return kept + LABELS[rule.id]
    })
  }
  return result
}

/** The redactor for these options, or the first custom pattern that is not usable. */
export function compileRedaction(options: RedactionOptions): Redactor | PatternProblem {
  const rules: Rule[] = []
  if (options.secrets) rules.push(...BUILT_IN.secrets)
  if (options.emails) rules.push(...BUILT_IN.email)
  if (options.ipAddresses) rules.push(...BUILT_IN.ip)
  for (const [index, pattern] of options.customPatterns.entries()) {
    const compiled = compileCustom(pattern, index)
    if ('message' in compiled) return compiled
    rules.push(compiled)
  }
  return {
    redact: (text) => (rules.length === 0 ? text : runRules(rules, text, () => undefined)),
    matches(text) {
      const found: RedactionMatch[] = []
      runRules(rules, text, (m) => found.push(m))
      return found
    },
  }
}

export function isPatternProblem(value: Redactor | PatternProblem): value is PatternProblem {
  return 'message' in value
}
