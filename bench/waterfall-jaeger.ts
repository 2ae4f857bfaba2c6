import type { Browser } from 'playwright-core'
import { startJaegerFixtureServer } from '../e2e/support/jaeger-fixture-server'
import type { BuiltTrace } from '../e2e/support/trace-builder'

// The other way a big trace arrives: fetched from Jaeger (the fixture server, API v3) by the
// backend, parsed there once, and sent to the page as compact columns.

interface Timings {
  /** From asking for the trace to the first rows painted: fetch and backend parse included. */
  totalMs: number
  /** From the answer received by the page to the first rows painted. */
  afterAnswerMs: number
}

export async function openFromJaeger(
  browser: Browser,
  hostUrl: string,
  trace: BuiltTrace,
): Promise<Timings> {
  const jaeger = await startJaegerFixtureServer({ api: 'v3', generated: [trace], recorded: false })
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } })
  try {
    const base = new URL(hostUrl)
    await page.goto(`${hostUrl}#/traces`)
    const saved = await page.request.post(`${base.origin}/rpc/datasource.save`, {
      data: { kind: 'jaeger', name: 'Bench Jaeger', url: jaeger.url, auth: { type: 'none' } },
      headers: { 'x-firebreak-token': base.searchParams.get('token') ?? '' },
    })
    const sourceId = ((await saved.json()) as { value: { id: string } }).value.id
    const route = `#/traces/jaeger/${encodeURIComponent(sourceId)}/${trace.traceId}`
    // A string, so the bundler's helpers (tsx names functions) never reach the page.
    await page.evaluate(`(() => {
      const probe = { askedAt: performance.now(), paintedAt: 0 }
      window.__jaegerProbe = probe
      const observer = new MutationObserver(() => {
        if (!document.querySelector('[role="treeitem"]')) return
        observer.disconnect()
        requestAnimationFrame(() => requestAnimationFrame(() => (probe.paintedAt = performance.now())))
      })
      observer.observe(document.body, { childList: true, subtree: true })
      location.hash = ${JSON.stringify(route)}
    })()`)
    await page.waitForFunction(
      () =>
        (window as unknown as { __jaegerProbe: { paintedAt: number } }).__jaegerProbe.paintedAt > 0,
      undefined,
      {
        timeout: 180_000,
        polling: 50,
      },
    )
    return page.evaluate(`(() => {
      const probe = window.__jaegerProbe
      const answer = performance.getEntriesByType('resource').find((e) => e.name.includes('/rpc/traces.get'))
      return { totalMs: probe.paintedAt - probe.askedAt, afterAnswerMs: probe.paintedAt - answer.responseEnd }
    })()`) as Promise<Timings>
  } finally {
    await page.close()
    await jaeger.stop()
  }
}
