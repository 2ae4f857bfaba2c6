import { execFile } from 'node:child_process'
import type { ArchiveGitAction, GitResult } from '../../../shared/contract/archive'
import { englishText } from '../../../shared/i18n/english'
import { msg } from '../../../shared/i18n/messages'

// Git, run for the user in the archive folder: no shell (arguments are never parsed), a time
// limit, capped output, and never a prompt (a credential question would hang with no terminal).

const OUTPUT_LIMIT = 1024 * 1024
const TIMEOUTS: Record<ArchiveGitAction, number> = {
  status: 15_000,
  commit: 30_000,
  pull: 60_000,
  push: 60_000,
}
export const DEFAULT_COMMIT_MESSAGE = 'Update incident archive (Firebreak)'

function gitEnvironment(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    GIT_TERMINAL_PROMPT: '0',
    // ssh asks for passwords on the terminal too; BatchMode makes it fail instead.
    GIT_SSH_COMMAND: process.env.GIT_SSH_COMMAND ?? 'ssh -o BatchMode=yes',
    LC_ALL: 'C',
  }
}

export function runGit(
  cwd: string,
  args: readonly string[],
  timeoutMs: number,
): Promise<GitResult> {
  const command = ['git', ...args].join(' ')
  return new Promise((resolve) => {
    execFile(
      'git',
      [...args],
      {
        cwd,
        timeout: timeoutMs,
        maxBuffer: OUTPUT_LIMIT,
        env: gitEnvironment(),
        windowsHide: true,
      },
      (error, stdout, stderr) => {
        const failure = error as
          (NodeJS.ErrnoException & { killed?: boolean; code?: unknown }) | null
        const exitCode = failure ? (typeof failure.code === 'number' ? failure.code : null) : 0
        const timedOut = Boolean(failure?.killed)
        let errorText = String(stderr)
        if (failure && exitCode === null && !timedOut) errorText ||= failure.message
        const result = { command, exitCode, stdout: String(stdout), timedOut }
        if (!timedOut) return resolve({ ...result, stderr: errorText.trim() })
        const note = msg('msgFiles:archive.git.stopped', { seconds: Math.round(timeoutMs / 1000) })
        resolve({ ...result, stderr: `${errorText}\n${englishText(note)}`.trim(), note })
      },
    )
  })
}

let available: Promise<boolean> | null = null

/** Whether `git` runs here; asked once per process. */
export function gitAvailable(): Promise<boolean> {
  available ??= runGit(process.cwd(), ['--version'], 5_000).then((r) => r.exitCode === 0)
  return available
}

export async function isInsideWorkTree(folder: string): Promise<boolean> {
  const result = await runGit(folder, ['rev-parse', '--is-inside-work-tree'], 5_000)
  return result.exitCode === 0 && result.stdout.trim() === 'true'
}

function combine(results: readonly GitResult[]): GitResult {
  const last = results[results.length - 1]
  if (!last) throw new Error('No git command ran')
  const join = (pick: (r: GitResult) => string) =>
    results
      .map(pick)
      .filter((text) => text.trim() !== '')
      .join('\n')
  return {
    command: results.map((r) => r.command).join(' && '),
    exitCode: last.exitCode,
    stdout: join((r) => r.stdout),
    stderr: join((r) => r.stderr),
    timedOut: results.some((r) => r.timedOut),
    // Only the last command can have been stopped (a failed one ends the chain): its note ends stderr.
    ...(last.note ? { note: last.note } : {}),
  }
}

/** One of the archive's git actions, limited to the archive folder (`-- .`). */
export async function archiveGit(
  folder: string,
  action: ArchiveGitAction,
  message: string,
): Promise<GitResult> {
  const timeout = TIMEOUTS[action]
  switch (action) {
    case 'status':
      return runGit(folder, ['status', '--short', '--branch', '--', '.'], timeout)
    case 'commit': {
      const add = await runGit(folder, ['add', '--all', '--', '.'], timeout)
      if (add.exitCode !== 0) return add
      const pending = await runGit(folder, ['status', '--porcelain', '--', '.'], timeout)
      if (pending.exitCode === 0 && pending.stdout.trim() === '') {
        const note = msg('msgFiles:archive.git.nothingToCommit')
        return { ...add, stdout: englishText(note), note }
      }
      const commit = await runGit(
        folder,
        ['commit', '-m', message || DEFAULT_COMMIT_MESSAGE, '--', '.'],
        timeout,
      )
      return combine([add, commit])
    }
    case 'pull':
      return runGit(folder, ['pull', '--ff-only'], timeout)
    case 'push':
      return runGit(folder, ['push'], timeout)
  }
}
