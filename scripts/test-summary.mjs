// Reports live in reports/, outside Playwright's test-results/ (which it empties on start).
// Prints one closing line with the passed / failed / skipped counts of the unit (Vitest) and
// end-to-end (Playwright) runs, read from their JSON reports. Skipped tests are never counted
// as passed.
import { existsSync, readFileSync } from 'node:fs'

function readJson(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null
}

function vitestCounts(report) {
  if (!report) return { passed: 0, failed: 0, skipped: 0, missing: true }
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0),
    skipped: report.numPendingTests + report.numTodoTests,
  }
}

function playwrightCounts(report) {
  if (!report) return { passed: 0, failed: 0, skipped: 0, missing: true }
  const s = report.stats
  return { passed: s.expected + s.flaky, failed: s.unexpected, skipped: s.skipped }
}

const unit = vitestCounts(readJson('reports/unit.json'))
const e2e = playwrightCounts(readJson('reports/e2e.json'))
const total = {
  passed: unit.passed + e2e.passed,
  failed: unit.failed + e2e.failed + (unit.missing ? 1 : 0) + (e2e.missing ? 1 : 0),
  skipped: unit.skipped + e2e.skipped,
}
console.log(
  `unit: ${unit.missing ? 'no report' : `${unit.passed} passed, ${unit.failed} failed, ${unit.skipped} skipped`}`,
)
console.log(
  `e2e: ${e2e.missing ? 'no report' : `${e2e.passed} passed, ${e2e.failed} failed, ${e2e.skipped} skipped`}`,
)
console.log(`Tests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`)
process.exit(total.failed > 0 ? 1 : 0)
