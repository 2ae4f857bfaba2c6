// `npm run demo:stack`: live data sources for the sample incident's story, on loopback only.
//   - a real Prometheus (the `prometheus` and `promtool` commands, when installed) backfilled with
//     ten hours of leaderboard-api traffic, the latency incident in the middle of it, and a tiny
//     exporter whose rule keeps an alert firing;
//   - the Jaeger fixture server answering Jaeger's v1 and v3 query APIs with the story's traces.
// It prints the URLs to add under Data sources and stops everything (temp folders included) on
// Ctrl-C or SIGTERM.
import { accessSync, constants } from 'node:fs'
import { delimiter, join } from 'node:path'
import {
  startJaegerFixtureServer,
  type JaegerFixtureServer,
} from '../e2e/support/jaeger-fixture-server'
import {
  LIVE_ALERT,
  startPrometheus,
  type PrometheusHarness,
} from '../e2e/support/prometheus-harness'
import { buildIncidentHistory } from '../e2e/support/prometheus-harness-data'
import { storyTraces } from '../electron/backend/sample/traces'

/** setTimeout's longest delay (about 24 days): the fixture server must not stop on its own. */
const FOREVER_MS = 2 ** 31 - 1

interface Running {
  prometheus: PrometheusHarness | null
  jaeger: JaegerFixtureServer | null
}

function onPath(command: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, command), constants.X_OK)
      return true
    } catch {
      return false
    }
  })
}

const hhmm = (ms: number) => `${new Date(ms).toISOString().slice(11, 16)} UTC`

async function startDemoPrometheus(nowMs: number): Promise<PrometheusHarness | null> {
  const missing = ['prometheus', 'promtool'].filter((command) => !onPath(command))
  if (missing.length > 0) {
    console.log(
      `Prometheus: not started, ${missing.join(' and ')} not found on PATH. Install Prometheus ` +
        '(Debian/Ubuntu: sudo apt-get install prometheus; elsewhere: https://prometheus.io/download/) ' +
        'and run this again. The sample incident in the app needs no Prometheus.',
    )
    return null
  }
  return startPrometheus({ history: true, liveAlert: true, nowMs })
}

async function startDemoJaeger(t0: number): Promise<JaegerFixtureServer | null> {
  const { slow, fast } = storyTraces(t0)
  try {
    return await startJaegerFixtureServer({
      generated: [...slow, ...fast],
      recorded: false,
      maxLifetimeMs: FOREVER_MS,
    })
  } catch (error) {
    // The server answers errors with Jaeger's recorded error bodies from ../shared/fixtures.
    console.log(`Jaeger: not started (${(error as Error).message}).`)
    return null
  }
}

function printSummary(running: Running, nowMs: number): void {
  const history = buildIncidentHistory(nowMs)
  const lines = [
    '',
    'Firebreak demo stack: the leaderboard-api latency incident, live on loopback.',
  ]
  if (running.prometheus) {
    lines.push(
      `Prometheus: ${running.prometheus.url}`,
      `  leaderboard-api traffic ${hhmm(history.startMs)} to ${hhmm(history.endMs)}; the latency ` +
        `incident ${hhmm(history.incidentStartMs)} to ${hhmm(history.incidentEndMs)}.`,
      `  Alert ${LIVE_ALERT.name} firing now. SLO to try: latency, histogram ` +
        'http_request_duration_seconds, selector service="leaderboard-api", 3 s, 99%.',
      `  Data folder: ${running.prometheus.dataDir} (removed on exit)`,
    )
  }
  if (running.jaeger) {
    const count = running.jaeger.traceIds.v3.length
    lines.push(
      `Jaeger: ${running.jaeger.url}`,
      `  ${count} traces of frontend -> leaderboard-api -> leaderboard-db around ` +
        `${hhmm(history.incidentStartMs)}; search the last 6 hours.`,
    )
  }
  lines.push(
    '',
    'Add these URLs in Firebreak under Data sources. Ctrl-C stops everything.',
    'Ready.',
  )
  console.log(lines.join('\n'))
}

async function stopAll(running: Running): Promise<void> {
  await Promise.all([running.prometheus?.stop(), running.jaeger?.stop()])
}

async function startAll(running: Running, nowMs: number): Promise<void> {
  console.log('Starting the demo stack (backfilling Prometheus takes a few seconds)…')
  running.jaeger = await startDemoJaeger(buildIncidentHistory(nowMs).incidentStartMs)
  running.prometheus = await startDemoPrometheus(nowMs).catch((error: Error) => {
    console.log(`Prometheus: not started. ${error.message}`)
    return null
  })
}

async function main(): Promise<void> {
  const running: Running = { prometheus: null, jaeger: null }
  const nowMs = Date.now()
  const started = startAll(running, nowMs)
  let stopping: Promise<void> | null = null
  const stop = (signal: string) => {
    stopping ??= (async () => {
      console.log(`\n${signal}: stopping the demo stack…`)
      // A Ctrl-C during start-up waits for what was starting, so nothing is left behind.
      await started.catch(() => undefined)
      await stopAll(running)
      console.log('Stopped; temporary files removed.')
      process.exit(0)
    })()
  }
  process.on('SIGINT', () => stop('SIGINT'))
  process.on('SIGTERM', () => stop('SIGTERM'))
  await started
  if (stopping) return
  if (!running.prometheus && !running.jaeger) {
    console.log('Nothing could be started.')
    process.exit(1)
  }
  printSummary(running, nowMs)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
