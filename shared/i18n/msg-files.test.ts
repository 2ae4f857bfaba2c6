import { describe, expect, it } from 'vitest'
import { archiveChannels } from '../contract/archive'
import { postmortemChannels, redactionOptionsSchema } from '../contract/postmortem'
import { catalogueLanguage, textIn } from './in-language'
import { msg } from './messages'
import { issueMessage } from './zod-issues'

// msgFiles: the schema texts of the archive and export contracts are in the catalogue (so a form
// words them in the user's language), and documents can be written in their own language.

const firstIssue = (result: { error?: { issues: unknown[] } }) =>
  result.error?.issues[0] as Parameters<typeof issueMessage>[0]

describe('contract schema texts about files', () => {
  it('find their catalogue keys, limits included', () => {
    const folder = archiveChannels['archive.setFolder'].input.safeParse({ folder: '  ' })
    expect(issueMessage(firstIssue(folder))).toEqual(msg('msgFiles:archive.folder.enter'))
    const tooLong = redactionOptionsSchema.safeParse({ customPatterns: ['x'.repeat(501)] })
    expect(issueMessage(firstIssue(tooLong))).toEqual(msg('msgFiles:export.pattern.schemaTooLong'))
    const tooMany = redactionOptionsSchema.safeParse({ customPatterns: Array(21).fill('x') })
    expect(issueMessage(firstIssue(tooMany))).toEqual(msg('msgFiles:export.pattern.schemaTooMany'))
    const big = postmortemChannels['bundle.import'].input.shape.base64
    const over = big.safeParse('x'.repeat(70 * 1024 * 1024 + 1))
    expect(issueMessage(firstIssue(over))).toEqual(msg('msgFiles:bundle.overLimit'))
  })
})

describe('textIn', () => {
  it('picks the catalogue for a template language tag, English otherwise', () => {
    expect(['pt-BR', 'pt', 'PT-pt', 'en', 'en-GB', 'de', ''].map(catalogueLanguage)).toEqual([
      'pt-BR',
      'pt-BR',
      'pt-BR',
      'en',
      'en',
      'en',
      'en',
    ])
  })

  it('words a message in that language, English exactly as englishText writes it', () => {
    const heading = msg('msgFiles:appendix.heading')
    expect(textIn('en', heading)).toBe('Appendix: review comments')
    expect(textIn('pt-BR', heading)).toBe('Apêndice: comentários da revisão')
    const missing = msg('msgFiles:export.folder.missing', { folder: '/tmp/x' })
    expect(textIn('pt', missing)).toBe('A pasta /tmp/x não existe; escolha outra.')
  })
})
