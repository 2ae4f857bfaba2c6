import { existsSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { chromium, type CDPSession, type Page } from 'playwright-core'
import { makeDataDir, startHostProcess } from '../e2e/support/host'
import { generateTrace, toJaegerV1Json } from '../e2e/support/trace-builder'
import { figure, percentile, type BenchFigure } from './stats'
import { openFromJaeger } from './waterfall-jaeger'

// Issue 7's browser budgets, measured like the Jaeger UI bar (its Upload tab in headless
// Chromium): a generated 100,000-span trace imported through the file picker of the built app
// in browser mode, then:
// - firstRows: from the file input's change event to the first span rows painted (2 s), the
//   median of a few imports (the machine is shared: the slowest and the load are reported too);
// - heapAfterRender: JS memory once rows are on screen, after a forced GC: V8 heap plus array
//   buffers and external strings, of the page and its workers (the imported file is parsed and
//   kept in a worker, so it counts) (120 MB);
// - scrollFrameP95: rAF frame intervals while the mouse wheel scrolls and jumps far (50 ms).
// - jaegerAnswerToRows: the same trace fetched from Jaeger (fixture server, API v3) instead:
//   from the answer received by the page to the first rows (2 s); jaegerAskToRows includes the
//   fetch and the backend's parse.
// The trace is generated from a fixed seed, so runs compare.

const SPANS = 100_000
const TRACE = {
  spans: SPANS,
  seed: 2026,
  fanOut: 6,
  services: 8,
  dominantDbSpan: true,
  orphans: 10,
  duplicateIds: 10,
  skewed: 20,
  errors: 50,
  followsFrom: 20,
  largeIntTag: true,
}
const BUDGET = { firstRowsMs: 2000, heapMb: 120, frameP95Ms: 50 }
/** Imports timed, each in a fresh page: the median is held to the budget, the slowest reported. */
const FIRST_ROWS_RUNS = 5
const HOST_ENTRY = join(process.cwd(), 'out', 'main', 'host.js')

/** Records the change event time and resolves when the first tree rows have been painted. */
async function armFirstRowsProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const probe = { chosenAt: 0, paintedAt: 0 }
    ;(window as unknown as { __probe: typeof probe }).__probe = probe
    document.addEventListener('change', () => (probe.chosenAt = performance.now()), true)
    const observer = new MutationObserver(() => {
      if (!probe.chosenAt || !document.querySelector('[role="treeitem"]')) return
      observer.disconnect()
      // Two frames: the rows are in the DOM, then painted.
      requestAnimationFrame(() =>
        requestAnimationFrame(() => (probe.paintedAt = performance.now())),
      )
    })
    observer.observe(document.body, { childList: true, subtree: true })
  })
}

async function firstRowsMs(page: Page, file: string): Promise<number> {
  await armFirstRowsProbe(page)
  await page.locator('input[type="file"]').setInputFiles(file)
  await page.waitForFunction(
    () => (window as unknown as { __probe: { paintedAt: number } }).__probe.paintedAt > 0,
    undefined,
    { timeout: 120_000, polling: 50 },
  )
  return page.evaluate(() => {
    const probe = (window as unknown as { __probe: { chosenAt: number; paintedAt: number } })
      .__probe
    return probe.paintedAt - probe.chosenAt
  })
}

interface HeapUsage {
  usedSize: number
  /** Array buffers and external strings: typed columns and a file's text live here. */
  backingStorageSize?: number
}
const megabytes = (usage: HeapUsage) => (usage.usedSize + (usage.backingStorageSize ?? 0)) / 1e6

/**
 * JS memory of one target in MB, after a forced GC and before it: the V8 heap plus its backing
 * stores, since the columns are typed arrays and would otherwise not count at all.
 */
async function heapOf(send: (method: string) => Promise<unknown>) {
  const before = (await send('Runtime.getHeapUsage')) as HeapUsage
  await send('HeapProfiler.collectGarbage')
  const after = (await send('Runtime.getHeapUsage')) as HeapUsage
  return { beforeGc: megabytes(before), afterGc: megabytes(after) }
}

/**
 * The workers' heaps, through the page's CDP session (Playwright has no session for workers):
 * an imported file lives in a worker, and it counts as much as the page's own heap.
 */
async function workerHeaps(cdp: CDPSession) {
  const sessions: string[] = []
  const replies = new Map<number, (result: unknown) => void>()
  cdp.on(
    'Target.attachedToTarget',
    (event: { sessionId: string; targetInfo: { type: string } }) => {
      if (event.targetInfo.type === 'worker') sessions.push(event.sessionId)
    },
  )
  cdp.on('Target.receivedMessageFromTarget', (event: { message: string }) => {
    const reply = JSON.parse(event.message) as { id?: number; result?: unknown }
    if (reply.id !== undefined) replies.get(reply.id)?.(reply.result)
  })
  await cdp.send('Target.setAutoAttach', {
    autoAttach: true,
    waitForDebuggerOnStart: false,
    flatten: false,
  })
  let nextId = 1
  const total = { beforeGc: 0, afterGc: 0 }
  for (const sessionId of sessions) {
    const send = (method: string) =>
      new Promise<unknown>((resolve) => {
        const id = nextId++
        replies.set(id, resolve)
        void cdp.send('Target.sendMessageToTarget', {
          sessionId,
          message: JSON.stringify({ id, method }),
        })
      })
    const heap = await heapOf(send)
    total.beforeGc += heap.beforeGc
    total.afterGc += heap.afterGc
  }
  return { ...total, workers: sessions.length }
}

async function heapMb(cdp: CDPSession) {
  const page = await heapOf((method) => cdp.send(method as 'Runtime.getHeapUsage'))
  const workers = await workerHeaps(cdp)
  return {
    afterGc: page.afterGc + workers.afterGc,
    beforeGc: page.beforeGc + workers.beforeGc,
    pageAfterGc: page.afterGc,
    workers: workers.workers,
  }
}

/** Wheel scrolling over the waterfall: steady steps, then far jumps both ways. */
async function scrollFrames(page: Page): Promise<number[]> {
  const tree = page.getByRole('tree')
  await tree.evaluate((element) => element.scrollIntoView({ block: 'start' }))
  const box = await tree.boundingBox()
  if (!box) throw new Error('waterfall not visible')
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  // A string, so the bundler's helpers (tsx names functions) never reach the page.
  await page.evaluate(`(() => {
    const frames = []
    let last = performance.now()
    window.__frames = frames
    requestAnimationFrame(function tick(now) {
      frames.push(now - last)
      last = now
      if (!window.__stopFrames) requestAnimationFrame(tick)
    })
  })()`)
  const steps = [
    ...Array.from({ length: 30 }, () => 300),
    ...[600_000, -400_000, 1_500_000, -1_200_000, 2_400_000, -2_400_000, 900_000, 1_800_000],
    ...Array.from({ length: 30 }, () => -300),
  ]
  const positions: number[] = []
  for (const delta of steps) {
    await page.mouse.wheel(0, delta)
    positions.push(await tree.evaluate((element) => element.scrollTop))
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    )
  }
  if (Math.max(...positions) < 1_000_000) throw new Error('the far jumps did not scroll far')
  return page.evaluate(() => {
    ;(window as unknown as { __stopFrames?: boolean }).__stopFrames = true
    return ((window as unknown as { __frames?: number[] }).__frames ?? []).slice(1)
  })
}

export async function benchWaterfall(): Promise<BenchFigure[]> {
  if (!existsSync(HOST_ENTRY))
    throw new Error('Build the app first (npm run build): out/main/host.js is missing')
  const data = makeDataDir()
  const file = join(data.dir, 'trace-100k.json')
  const built = generateTrace(TRACE)
  writeFileSync(file, toJaegerV1Json(built))
  const host = await startHostProcess(data.dir)
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  })
  try {
    const samples: number[] = []
    let page: Page | undefined
    for (let run = 0; run < FIRST_ROWS_RUNS; run++) {
      await page?.close()
      page = await browser.newPage({ viewport: { width: 1400, height: 900 } })
      await page.goto(`${host.url}#/traces`)
      await page.getByRole('button', { name: 'Import trace file' }).waitFor()
      samples.push(await firstRowsMs(page, file))
    }
    if (!page) throw new Error('no run')
    samples.sort((a, b) => a - b)
    const cdp = await page.context().newCDPSession(page)
    const heap = await heapMb(cdp)
    const frames = (await scrollFrames(page)).sort((a, b) => a - b)
    await page.close()
    const jaeger = await openFromJaeger(browser, host.url, built)
    return [
      figure('waterfall.firstRows100k', percentile(samples, 50), 'ms', BUDGET.firstRowsMs),
      figure('waterfall.firstRows100kMax', samples.at(-1) ?? Number.NaN, 'ms'),
      figure('waterfall.firstRowsRuns', samples.length, 'count'),
      figure('waterfall.loadAverage1m', loadavg()[0] ?? Number.NaN, 'count'),
      figure('waterfall.heapAfterRender100k', heap.afterGc, 'MB', BUDGET.heapMb),
      figure('waterfall.heapBeforeGc100k', heap.beforeGc, 'MB'),
      figure('waterfall.pageHeapOnly100k', heap.pageAfterGc, 'MB'),
      figure('waterfall.workersMeasured', heap.workers, 'count'),
      figure('waterfall.scrollFrameP95', percentile(frames, 95), 'ms', BUDGET.frameP95Ms),
      figure('waterfall.scrollFrameMax', frames.at(-1) ?? Number.NaN, 'ms'),
      figure('waterfall.jaegerAnswerToRows100k', jaeger.afterAnswerMs, 'ms', BUDGET.firstRowsMs),
      figure('waterfall.jaegerAskToRows100k', jaeger.totalMs, 'ms'),
    ]
  } finally {
    await browser.close()
    await host.stop()
    data.remove()
  }
}

// `npx tsx bench/waterfall.bench.ts` runs this entry alone.
if (process.argv[1]?.endsWith('waterfall.bench.ts')) {
  for (const result of await benchWaterfall()) console.log(JSON.stringify(result))
}
