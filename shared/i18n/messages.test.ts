import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { AppError, fieldErrorsFromIssues } from '../contract/errors'
import { refuse } from '../domain/change'
import { englishText } from './english'
import { msg } from './messages'
import { issueMessage } from './zod-issues'

describe('englishText', () => {
  it('writes a catalogue message in English with its values', () => {
    const message = msg('msgCommon:errors.unknownChannel', { channel: 'nope.now' })
    expect(englishText(message)).toBe('Unknown channel "nope.now"')
  })
})

describe('AppError with a catalogue message', () => {
  it('carries the English text for logs and the message for the UI, fields included', () => {
    const problem = msg('msgCommon:validation.tooLong', { maximum: 200 })
    const error = new AppError('invalid_input', problem, { fields: { title: problem } })
    expect(error.message).toBe('Use at most 200 characters')
    expect(error.toBridgeError()).toEqual({
      code: 'invalid_input',
      message: 'Use at most 200 characters',
      text: problem,
      detail: {
        fields: { title: 'Use at most 200 characters' },
        fieldTexts: { title: problem },
      },
    })
  })

  it('keeps a plain English message as it is, with no message key', () => {
    expect(new AppError('not_found', 'Gone.').toBridgeError()).toEqual({
      code: 'not_found',
      message: 'Gone.',
    })
  })

  it('passes a refusal of a shared rule on with its message', () => {
    const refusal = refuse('invalid', msg('msgCommon:validation.required'), 'reason')
    expect(refusal).toEqual({
      ok: false,
      reason: 'invalid',
      message: 'Fill this in',
      text: { key: 'msgCommon:validation.required' },
      field: 'reason',
    })
  })
})

describe('issueMessage', () => {
  const form = z.object({
    title: z.string().min(1).max(5),
    count: z.number().int().min(1),
    severity: z.enum(['SEV1', 'SEV2']),
    items: z.array(z.string()).min(1),
    reason: z.string().min(1, 'Say why the step is skipped.'),
    custom: z.string().min(1, 'A text no catalogue has.'),
  })
  const issues = (input: unknown) => form.safeParse(input).error?.issues ?? []

  it('turns zod generic messages into plain catalogue sentences by issue code', () => {
    const found = issues({ title: 'far too long', count: 1.5, severity: 'SEV9', items: [] })
    const byField = Object.fromEntries(found.map((i) => [i.path[0], issueMessage(i)]))
    expect(byField.title).toEqual(msg('msgCommon:validation.tooLong', { maximum: 5 }))
    expect(byField.count).toEqual(msg('msgCommon:validation.wholeNumber'))
    expect(byField.severity).toEqual(msg('msgCommon:validation.oneOf', { options: 'SEV1, SEV2' }))
    expect(byField.items).toEqual(msg('msgCommon:validation.tooFewItems', { minimum: 1 }))
  })

  it('keeps a schema text the catalogues do not know, so it is shown as written', () => {
    const found = issues({
      title: 'ok',
      count: 1,
      severity: 'SEV1',
      items: ['a'],
      reason: 'x',
      custom: '',
    })
    expect(found.map(issueMessage)).toEqual([null])
    expect(fieldErrorsFromIssues(found)).toEqual({ custom: 'A text no catalogue has.' })
  })

  it('takes the message a refinement put in its issue', () => {
    const text = msg('msgCommon:validation.tooLong', { maximum: 3 })
    const refined = z.string().superRefine((value, context) => {
      if (value.length > 3)
        context.addIssue({ code: 'custom', message: 'Too long.', params: { text } })
    })
    const found = refined.safeParse('abcd').error?.issues ?? []
    expect(found.map(issueMessage)).toEqual([text])
  })

  it('an empty required text reads as "Fill this in"', () => {
    const found = issues({
      title: '',
      count: 1,
      severity: 'SEV1',
      items: ['a'],
      reason: 'x',
      custom: 'y',
    })
    expect(fieldErrorsFromIssues(found)).toEqual({ title: 'Fill this in' })
  })
})
