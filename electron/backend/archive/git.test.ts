import { execFileSync } from 'node:child_process'
import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { msg } from '../../../shared/i18n/messages'
import { tempDir } from '../testing/support'
import { archiveGit, gitAvailable, runGit } from './git'

// The archive's git buttons against real repositories: a bare "team" remote and two clones.

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8' })
}

function clone(remote: string, name: string): string {
  const dir = join(tempDir(`firebreak-${name}-`), 'archive')
  git(remote, 'clone', '--quiet', remote, dir)
  git(dir, 'config', 'user.name', name)
  git(dir, 'config', 'user.email', `${name}@example.com`)
  return dir
}

describe('archive git', () => {
  it('commits, pushes and pulls between two working copies of one remote', async () => {
    expect(await gitAvailable()).toBe(true)
    const remote = tempDir('firebreak-remote-')
    git(remote, 'init', '--quiet', '--bare', '--initial-branch=main')
    const ana = clone(remote, 'ana')
    const bo = clone(remote, 'bo')
    git(ana, 'checkout', '--quiet', '-b', 'main')
    git(bo, 'checkout', '--quiet', '-b', 'main')

    writeFileSync(join(ana, 'postmortem.md'), '# Outage\n')
    const status = await archiveGit(ana, 'status', '')
    expect(status.stdout).toContain('?? postmortem.md')
    const commit = await archiveGit(ana, 'commit', 'Publish the outage')
    expect(commit).toMatchObject({ exitCode: 0, timedOut: false })
    expect(commit.command).toBe('git add --all -- . && git commit -m Publish the outage -- .')
    const push = await archiveGit(ana, 'push', '')
    expect(push.exitCode).toBe(0)

    const pull = await archiveGit(bo, 'pull', '')
    expect(pull.exitCode).toBe(0)
    expect(existsSync(join(bo, 'postmortem.md'))).toBe(true)
    expect(git(bo, 'log', '--format=%s')).toContain('Publish the outage')
  })

  it('reports failures with git’s own words and an exit code', async () => {
    const dir = tempDir('firebreak-lonely-')
    git(dir, 'init', '--quiet')
    const nothing = await archiveGit(dir, 'commit', '')
    expect(nothing).toMatchObject({
      exitCode: 0,
      stdout: expect.stringContaining('Nothing to commit'),
      note: msg('msgFiles:archive.git.nothingToCommit'),
    })
    const push = await archiveGit(dir, 'push', '')
    expect(push.exitCode).not.toBe(0)
    expect(push.stderr).not.toBe('')
  })

  it('stops a command that takes too long', async () => {
    const dir = tempDir()
    const result = await runGit(dir, ['-c', 'alias.nap=!sleep 3', 'nap'], 300)
    expect(result.timedOut).toBe(true)
    expect(result.stderr).toContain('Stopped after')
    expect(result.note).toEqual(msg('msgFiles:archive.git.stopped', { seconds: 0 }))
  })
})
