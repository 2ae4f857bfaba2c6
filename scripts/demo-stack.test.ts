import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'

// `npm run demo:stack` as a user runs it: a child process that prints its URLs, answers on them,
// and on Ctrl-C (SIGINT) stops everything, removes its temp folders and exits 0.

const START_TIMEOUT_MS = 90_000
let child: ChildProcess | null = null

afterEach(() => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
  child = null
})

function startDemo(): { ready: Promise<string>; exited: Promise<number | null> } {
  const demo = spawn(process.execPath, ['--import', 'tsx', 'scripts/demo-stack.ts'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child = demo
  let output = ''
  const exited = new Promise<number | null>((resolve) => demo.once('exit', resolve))
  const ready = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`demo:stack not ready in ${START_TIMEOUT_MS} ms:\n${output}`)),
      START_TIMEOUT_MS,
    )
    const collect = (chunk: Buffer) => {
      output += chunk.toString()
      if (/^Ready\.$/m.test(output)) {
        clearTimeout(timer)
        resolve(output)
      }
    }
    demo.stdout.on('data', collect)
    demo.stderr.on('data', collect)
    void exited.then((code) => {
      clearTimeout(timer)
      reject(new Error(`demo:stack exited with ${code} before it was ready:\n${output}`))
    })
  })
  return { ready, exited }
}

const urlAfter = (output: string, label: string) =>
  new RegExp(`^${label}: (http://127\\.0\\.0\\.1:\\d+)$`, 'm').exec(output)?.[1]

describe('npm run demo:stack', () => {
  it('serves the story on loopback and stops cleanly on Ctrl-C', async () => {
    const { ready, exited } = startDemo()
    const output = await ready
    const prometheus = urlAfter(output, 'Prometheus')
    const jaeger = urlAfter(output, 'Jaeger')
    const dataDir = /Data folder: (\S+)/.exec(output)?.[1]
    expect(prometheus, output).toBeDefined()
    expect(jaeger, output).toBeDefined()
    expect(existsSync(dataDir ?? '')).toBe(true)

    // The backfilled incident: leaderboard-api requests three hours ago.
    const atMs = Date.now() - 3 * 3_600_000
    const query = encodeURIComponent(
      'sum(http_request_duration_seconds_count{service="leaderboard-api"})',
    )
    const answer = (await (
      await fetch(`${prometheus}/api/v1/query?query=${query}&time=${atMs / 1000}`)
    ).json()) as { status: string; data: { result: { value: [number, string] }[] } }
    expect(answer.status).toBe('success')
    expect(Number(answer.data.result[0]?.value[1])).toBeGreaterThan(0)

    const services = (await (await fetch(`${jaeger}/api/v3/services`)).json()) as {
      services: string[]
    }
    expect(services.services).toEqual(expect.arrayContaining(['leaderboard-api', 'leaderboard-db']))

    child?.kill('SIGINT')
    expect(await exited).toBe(0)
    expect(existsSync(dataDir ?? '')).toBe(false)
    await expect(fetch(`${jaeger}/api/v3/services`)).rejects.toThrow()
  })
})
