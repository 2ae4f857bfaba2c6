// Starts a real Prometheus (Debian's package) for tests: free loopback port, temporary data
// folder backfilled with a known incident by promtool, optionally a tiny exporter and a rule whose
// alert fires, so /api/v1/alerts is real. Everything it starts it stops and removes.
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { createServer as createNetServer, type AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import {
  buildIncidentHistory,
  toOpenMetrics,
  type IncidentHistory,
} from './prometheus-harness-data'

const run = promisify(execFile)
const READY_TIMEOUT_MS = 30_000
const STOP_GRACE_MS = 5_000

export const LIVE_ALERT = {
  name: 'LeaderboardQueueBacklog',
  metric: 'leaderboard_queue_depth',
  value: 42,
  summary: 'leaderboard-api queue is backing up',
  runbookUrl: 'https://runbooks.example/leaderboard-queue',
} as const

export interface HarnessOptions {
  /** Backfill the leaderboard-api incident (default true). */
  history?: boolean
  /** Run an exporter scraped every second and a rule that fires on it (default false). */
  liveAlert?: boolean
  /** "Now" for placing the history; defaults to the clock. */
  nowMs?: number
}

export interface PrometheusHarness {
  url: string
  dataDir: string
  /** The backfilled incident and its ground truth, or null without history. */
  history: IncidentHistory | null
  /** Stops Prometheus and the exporter and deletes the data folder. Safe to call twice. */
  stop(): Promise<void>
}

export async function freeLoopbackPort(): Promise<number> {
  const server = createNetServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

/**
 * Accepts Prometheus's alert notifications as Alertmanager would. Without a receiver Prometheus
 * counts every notification as dropped, which its own health pack rightly flags.
 */
async function startAlertReceiver(): Promise<{ server: Server; target: string }> {
  const server = createServer((req, res) => {
    req.resume()
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end('{}')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { server, target: `127.0.0.1:${port}` }
}

async function startExporter(): Promise<{ server: Server; target: string }> {
  const body = [
    `# HELP ${LIVE_ALERT.metric} Jobs waiting in the leaderboard queue.`,
    `# TYPE ${LIVE_ALERT.metric} gauge`,
    `${LIVE_ALERT.metric}{service="leaderboard-api"} ${LIVE_ALERT.value}`,
    '',
  ].join('\n')
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' })
    res.end(body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { server, target: `127.0.0.1:${port}` }
}

interface Targets {
  self: string
  exporter: string | null
  alertReceiver: string | null
}

function writeConfig(dataDir: string, targets: Targets): string {
  const { self: selfTarget, exporter: exporterTarget } = targets
  const rulesFile = join(dataDir, 'rules.yml')
  writeFileSync(
    rulesFile,
    [
      'groups:',
      '  - name: firebreak-test',
      '    interval: 1s',
      '    rules:',
      `      - alert: ${LIVE_ALERT.name}`,
      `        expr: ${LIVE_ALERT.metric} > 10`,
      '        for: 2s',
      '        labels: { severity: critical }',
      '        annotations:',
      `          summary: ${JSON.stringify(LIVE_ALERT.summary)}`,
      '          description: "{{ $value }} jobs waiting (more than 10)."',
      `          runbook_url: ${JSON.stringify(LIVE_ALERT.runbookUrl)}`,
      '',
    ].join('\n'),
  )
  const scrape = [
    '  - job_name: prometheus',
    '    scrape_interval: 2s',
    `    static_configs: [{ targets: ["${selfTarget}"] }]`,
  ]
  if (exporterTarget) {
    scrape.push(
      '  - job_name: leaderboard',
      '    scrape_interval: 1s',
      `    static_configs: [{ targets: ["${exporterTarget}"] }]`,
    )
  }
  const configFile = join(dataDir, 'prometheus.yml')
  const global = ['global:', '  scrape_interval: 1s', '  evaluation_interval: 1s']
  const rules = exporterTarget ? ['rule_files:', `  - ${JSON.stringify(rulesFile)}`] : []
  const alerting = targets.alertReceiver
    ? [
        'alerting:',
        '  alertmanagers:',
        `    - static_configs: [{ targets: ["${targets.alertReceiver}"] }]`,
      ]
    : []
  const config = [...global, ...rules, ...alerting, 'scrape_configs:', ...scrape, '']
  writeFileSync(configFile, config.join('\n'))
  return configFile
}

async function backfill(dataDir: string, history: IncidentHistory, tsdbDir: string) {
  const file = join(dataDir, 'incident.om.txt')
  writeFileSync(file, toOpenMetrics(history))
  const args = ['tsdb', 'create-blocks-from', 'openmetrics', file, tsdbDir]
  await run('promtool', args, { timeout: 60_000 }).catch((error: Error) => {
    throw new Error(
      `promtool could not backfill the test history (apt-get install prometheus): ${error.message}`,
    )
  })
}

async function waitUntilReady(url: string, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + READY_TIMEOUT_MS
  while (Date.now() < deadline) {
    if (child.pid === undefined) {
      throw new Error(
        'Could not run prometheus: install the Debian package (apt-get install prometheus)',
      )
    }
    if (child.exitCode !== null) {
      throw new Error(`prometheus exited with ${child.exitCode}:\n${output()}`)
    }
    const ready = await fetch(`${url}/-/ready`).then(
      (response) => response.ok,
      () => false,
    )
    if (ready) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`prometheus was not ready within ${READY_TIMEOUT_MS} ms:\n${output()}`)
}

async function stopChild(child: ChildProcess): Promise<void> {
  // A process that never started (pid undefined) will never emit 'exit' either.
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS)
  await exited
  clearTimeout(timer)
}

interface Launch {
  dataDir: string
  tsdbDir: string
  exporter: string | null
  alertReceiver: string | null
}

/** Spawns Prometheus on a free port; resolves once ready, rejects with its log if it is not. */
async function launch(setup: Launch): Promise<{ child: ChildProcess; url: string }> {
  const port = await freeLoopbackPort()
  const url = `http://127.0.0.1:${port}`
  const configFile = writeConfig(setup.dataDir, {
    self: `127.0.0.1:${port}`,
    exporter: setup.exporter,
    alertReceiver: setup.alertReceiver,
  })
  const child = spawn(
    'prometheus',
    [
      `--config.file=${configFile}`,
      `--storage.tsdb.path=${setup.tsdbDir}`,
      `--web.listen-address=127.0.0.1:${port}`,
      // Backfilled blocks older than the retention are deleted at startup.
      '--storage.tsdb.retention.time=10y',
      '--log.level=warn',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  )
  let output = ''
  child.on('error', (error) => (output += `\n${error.message}`))
  child.stderr?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)))
  try {
    await waitUntilReady(url, child, () => output)
    return { child, url }
  } catch (error) {
    await stopChild(child)
    throw error
  }
}

/** Starts Prometheus and waits for /-/ready. Always `stop()` it (afterAll). */
export async function startPrometheus(options: HarnessOptions = {}): Promise<PrometheusHarness> {
  const dataDir = mkdtempSync(join(tmpdir(), 'firebreak-prometheus-'))
  const tsdbDir = join(dataDir, 'tsdb')
  const history =
    options.history === false ? null : buildIncidentHistory(options.nowMs ?? Date.now())
  const exporter = options.liveAlert ? await startExporter() : null
  const receiver = options.liveAlert ? await startAlertReceiver() : null
  let child: ChildProcess | null = null
  const stop = async () => {
    if (child) await stopChild(child)
    for (const helper of [exporter, receiver]) {
      if (helper) await new Promise((resolve) => helper.server.close(resolve))
    }
    rmSync(dataDir, { recursive: true, force: true })
  }
  try {
    if (history) await backfill(dataDir, history, tsdbDir)
    const setup = {
      dataDir,
      tsdbDir,
      exporter: exporter?.target ?? null,
      alertReceiver: receiver?.target ?? null,
    }
    // Another process may take the free port between our check and Prometheus's bind: retry.
    for (let attempt = 1; ; attempt++) {
      try {
        const started = await launch(setup)
        child = started.child
        let stopped: Promise<void> | null = null
        return { url: started.url, dataDir, history, stop: () => (stopped ??= stop()) }
      } catch (error) {
        if (attempt >= 3 || !String(error).includes('address already in use')) throw error
      }
    }
  } catch (error) {
    await stop()
    throw error
  }
}
