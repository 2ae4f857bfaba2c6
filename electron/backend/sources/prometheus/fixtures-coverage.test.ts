// Keeps "every relevant fixture is parsed by a test" true as ../shared/fixtures/prometheus grows:
// each file is either named by one of this folder's tests or listed here with why it is not.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PROMETHEUS_FIXTURES } from './testing/fixture-server'

const NOT_RELEVANT: [RegExp, string][] = [
  [/^SOURCES\.md$/, 'provenance notes'],
  [
    /^captured_local\/MANIFEST\.tsv$/,
    "read by testing/manifest.ts for each capture's URL and status",
  ],
  [/^captured_local\/config\//, 'configuration the captures were made with'],
  [/^specs\//, 'API specifications, read by people'],
  [/^openmetrics\//, 'backfill inputs; the test harness generates its own incident data'],
  [/metrics\.prom\.txt$/, "Alertmanager's own /metrics exposition, not an API answer"],
  [/\.ndjson$/, 'streaming search endpoints of Prometheus 3.x, not used'],
  [/(^|\/)(api_v2_)?(status|receivers)\.json$/, 'Alertmanager status and receivers, not used'],
  [
    /(^|\/)(status_(config|flags|runtimeinfo|tsdb|walreplay|tsdb_blocks|self_metrics)|targets|scrape_pools|alertmanagers|features|notifications|format_query|parse_query|admin_tsdb|query_exemplars)[^/]*\.json$/,
    'endpoints the app does not call',
  ],
]

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? allFiles(path) : [relative(PROMETHEUS_FIXTURES, path)]
  })
}

describe('fixture coverage', () => {
  it('every Prometheus and Alertmanager fixture is tested or deliberately left out', () => {
    const here = new URL('.', import.meta.url).pathname
    const testSources = readdirSync(here)
      .filter((name) => name.endsWith('.test.ts'))
      .map((name) => readFileSync(join(here, name), 'utf8'))
      .join('\n')
    const untested = allFiles(PROMETHEUS_FIXTURES).filter(
      (file) =>
        !testSources.includes(basename(file)) &&
        !NOT_RELEVANT.some(([pattern]) => pattern.test(file)),
    )
    expect(untested).toEqual([])
  })
})
