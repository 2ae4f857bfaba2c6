import { describe, expect, it } from 'vitest'
import { fixtureDocument } from './fixture.testing'
import {
  compileRedaction,
  DEFAULT_REDACTION,
  isPatternProblem,
  type RedactionOptions,
  type Redactor,
} from './redact'
import { findRedactions, redactDocument } from './render'

function redactor(options: Partial<RedactionOptions> = {}): Redactor {
  const compiled = compileRedaction({ ...DEFAULT_REDACTION, ...options })
  if (isPatternProblem(compiled)) throw new Error(compiled.message)
  return compiled
}

const ALL = { emails: true, ipAddresses: true, secrets: true }

describe('redaction rules', () => {
  it('redacts secrets by default and leaves emails and addresses alone', () => {
    const text =
      'curl -H "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.abc" 10.0.0.7 by ops@example.com'
    expect(redactor().redact(text)).toBe(
      'curl -H "Authorization: Bearer [redacted token]" 10.0.0.7 by ops@example.com',
    )
  })

  it.each([
    ['OpenAI key sk-proj-abcdefghijklmnopqrstuvwx12', 'OpenAI key [redacted key]'],
    ['aws AKIAIOSFODNN7EXAMPLE leaked', 'aws [redacted key] leaked'],
    ['token ghp_0123456789abcdefghijABCDEFGHIJ0123456789', 'token [redacted key]'],
    ['slack xoxb-1234567890-abcdefghij', 'slack [redacted key]'],
    [
      'url?api_key=3f786850e387550fdab836ed7e6dc881de23001b&x=1',
      'url?api_key=[redacted secret]&x=1',
    ],
    ['TOKEN: "c2VjcmV0LXZhbHVlLWJhc2U2NA=="', 'TOKEN: "[redacted secret]"'],
    ['db password=hunter2; retry', 'db password=[redacted secret]; retry'],
    ['DB_PASSWORD=s3cr3t!', 'DB_PASSWORD=[redacted secret]'],
  ])('redacts %j', (text, expected) => {
    expect(redactor().redact(text)).toBe(expected)
  })

  it('leaves ordinary words after key-like names alone', () => {
    const text = 'sort key=name, token=short, the password is reset daily'
    expect(redactor().redact(text)).toBe(text)
  })

  it('redacts e-mail, IPv4 and IPv6 addresses when asked', () => {
    const text =
      'ana.souza+oncall@corp.example.com saw 192.168.10.254. and 2001:db8::8a2e:370:7334, ::1 and fe80::1%eth0'
    expect(redactor(ALL).redact(text)).toBe(
      '[redacted email] saw [redacted IP]. and [redacted IP], [redacted IP] and [redacted IP]%eth0',
    )
  })

  it('does not mistake versions, times, MAC addresses or C++ for IP addresses', () => {
    const text =
      'v1.2.3.4.5 at 12:03:05, mac aa:bb:cc:dd:ee:ff, std::vector, 999.1.1.1, see :: here'
    expect(redactor(ALL).redact(text)).toBe(text)
  })

  it('applies custom patterns after the built-in ones', () => {
    const r = redactor({ customPatterns: ['cust-\\d{4,}', 'Projeto Ômega'] })
    expect(r.redact('ticket cust-12345 for Projeto Ômega')).toBe('ticket [redacted] for [redacted]')
  })

  it('refuses a custom pattern that is broken, empty-matching or empty, naming it', () => {
    const broken = compileRedaction({ ...DEFAULT_REDACTION, customPatterns: ['ok', '(unclosed'] })
    expect(broken).toMatchObject({ index: 1, pattern: '(unclosed' })
    expect(isPatternProblem(broken) && broken.message).toMatch(/^Not a valid regular expression: /)
    const greedy = compileRedaction({ ...DEFAULT_REDACTION, customPatterns: ['a*'] })
    expect(isPatternProblem(greedy) && greedy.message).toMatch(/matches empty text/)
    const empty = compileRedaction({ ...DEFAULT_REDACTION, customPatterns: [' '] })
    expect(isPatternProblem(empty) && empty.message).toBe('The pattern is empty')
  })

  it('changes nothing when every rule is off', () => {
    const r = redactor({ secrets: false })
    expect(r.redact('Bearer abcdefghijkl 10.0.0.1')).toBe('Bearer abcdefghijkl 10.0.0.1')
  })
})

describe('redacting a postmortem', () => {
  const doc = fixtureDocument()
  const leaky = {
    ...doc,
    sections: { ...doc.sections, summary: 'Paged ops@example.com from 10.1.2.3' },
    timeline: doc.timeline.map((e, i) =>
      i === 3 ? { ...e, text: 'export API_KEY=0123456789abcdef0123456789abcdef' } : e,
    ),
    actionItems: doc.actionItems.map((a, i) =>
      i === 0 ? { ...a, owner: 'bruno@example.com' } : a,
    ),
  }

  it('previews what will go and where, before anything is written', () => {
    expect(findRedactions(leaky, redactor(ALL))).toEqual([
      { rule: 'email', text: 'ops@example.com', where: 'Summary' },
      { rule: 'ipv4', text: '10.1.2.3', where: 'Summary' },
      { rule: 'email', text: 'bruno@example.com', where: 'Action items' },
      { rule: 'secret', text: '0123456789abcdef0123456789abcdef', where: 'Timeline' },
    ])
  })

  it('redacts text but never ids, statuses or key event references', () => {
    const out = redactDocument(leaky, redactor(ALL))
    expect(out.sections.summary).toBe('Paged [redacted email] from [redacted IP]')
    expect(out.timeline[3]?.text).toBe('export API_KEY=[redacted secret]')
    expect(out.actionItems[0]).toEqual({ ...leaky.actionItems[0], owner: '[redacted email]' })
    expect(out.sections.timeline).toEqual(leaky.sections.timeline)
    expect(out.incident).toEqual(leaky.incident)
  })
})
