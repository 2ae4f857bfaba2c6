import { afterEach, describe, expect, it } from 'vitest'
import type { GitResult } from '../../../../shared/contract/archive'
import { msg } from '../../../../shared/i18n/messages'
import { i18n } from '../../i18n'
import { gitOutputText } from './git-output'

// The archive's git output: git's own words as written, Firebreak's line in the UI language.

afterEach(async () => {
  await i18n.changeLanguage('en')
})

const run = (result: Partial<GitResult>): GitResult => ({
  command: 'git commit',
  exitCode: 0,
  stdout: '',
  stderr: '',
  timedOut: false,
  ...result,
})

const nothing = run({
  stdout: 'Nothing to commit: the archive folder has no changes.',
  stderr: 'warning: in the working copy of a.md, LF will be replaced by CRLF',
  note: msg('msgFiles:archive.git.nothingToCommit'),
})
const stopped = run({
  command: 'git push',
  exitCode: null,
  timedOut: true,
  stderr: 'Enumerating objects: 5, done.\nStopped after 60 s.',
  note: msg('msgFiles:archive.git.stopped', { seconds: 60 }),
})

describe('git output', () => {
  it('reads exactly as the backend wrote it in English', () => {
    expect(gitOutputText(nothing)).toBe(`${nothing.stdout}\n${nothing.stderr}`)
    expect(gitOutputText(stopped)).toBe(stopped.stderr)
    expect(gitOutputText(run({ stdout: 'On branch main\n' }))).toBe('On branch main\n')
  })

  it('words Firebreak’s own line in Portuguese and leaves git’s words alone', async () => {
    await i18n.changeLanguage('pt-BR')
    expect(gitOutputText(nothing)).toBe(
      `Nada para fazer commit: a pasta do arquivo não tem alterações.\n${nothing.stderr}`,
    )
    expect(gitOutputText(stopped)).toBe('Enumerating objects: 5, done.\nInterrompido após 60 s.')
  })

  it('shows the English line of a note this build does not know', async () => {
    await i18n.changeLanguage('pt-BR')
    const future = { ...stopped, note: { key: 'msgFiles:archive.git.fromTheFuture' } }
    expect(gitOutputText(future)).toBe(stopped.stderr)
  })
})
