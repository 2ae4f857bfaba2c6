import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const HOST_ENTRY = join(process.cwd(), 'out', 'main', 'host.js')
const START_TIMEOUT_MS = 20_000

export interface RunningHost {
  url: string
  dataDir: string
  /** Stops the host the way Ctrl-C does and waits for it to exit. */
  stop(): Promise<void>
}

/** Starts the built browser-mode host on a free port and waits for the URL line it prints. */
export function startHostProcess(dataDir: string, extraArgs: string[] = []): Promise<RunningHost> {
  const child = spawn(
    process.execPath,
    [HOST_ENTRY, '--port', '0', '--data-dir', dataDir, ...extraArgs],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let output = ''
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`Host did not print its URL within ${START_TIMEOUT_MS} ms:\n${output}`))
    }, START_TIMEOUT_MS)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(output)
      if (!match?.[1]) return
      clearTimeout(timer)
      resolve({ url: match[1], dataDir, stop: () => stopChild(child) })
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`Host exited with code ${code} before it was ready:\n${output}`))
    })
  })
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000)
    child.once('exit', () => {
      clearTimeout(force)
      resolve()
    })
    child.kill('SIGINT')
  })
}

export function makeDataDir(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'firebreak-e2e-'))
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) }
}
