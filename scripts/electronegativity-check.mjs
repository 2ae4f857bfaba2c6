// `npm run lint:electron`: runs Electronegativity on electron/ and fails on any finding of
// MEDIUM severity or above that scripts/electronegativity-allow.json does not explain, on any
// file it could not parse (an unparsed file is an unchecked file), and on allow-list entries
// that no longer match anything (so the list cannot silently outlive the code it excuses).
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const ALLOW_FILE = join(root, 'scripts', 'electronegativity-allow.json')
const SEVERITY_ORDER = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH']
const BLOCKING = SEVERITY_ORDER.indexOf('MEDIUM')

/**
 * Left out on purpose: it downloads Electron's release list to say whether a newer patch
 * exists, so its answer depends on the network and on the day. Keeping Electron current is
 * the job of dependency updates, not of a lint that must give the same answer twice.
 */
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck']

/**
 * @typedef {{ id: string, file: string, sample?: string, severity: { name: string },
 *   confidence: { name: string }, location: { line: number, column: number } }} Finding
 * @typedef {{ check: string, file: string, sample?: string, reason: string }} AllowEntry
 */

/** An entry explains a finding with the same check and file and, if given, the same code. */
export function explains(entry, finding) {
  if (entry.check !== finding.id || entry.file !== finding.file) return false
  return entry.sample === undefined || (finding.sample ?? '').includes(entry.sample)
}

/**
 * Splits findings at MEDIUM and above into explained and unexplained, and lists allow-list
 * entries that explain nothing.
 * @param {Finding[]} findings
 * @param {AllowEntry[]} allow
 */
export function review(findings, allow) {
  const blocking = findings.filter((f) => SEVERITY_ORDER.indexOf(f.severity.name) >= BLOCKING)
  const unexplained = blocking.filter((f) => !allow.some((entry) => explains(entry, f)))
  const unused = allow.filter((entry) => !findings.some((f) => explains(entry, f)))
  const bySeverity = Object.fromEntries(
    SEVERITY_ORDER.map((name) => [name, findings.filter((f) => f.severity.name === name).length]),
  )
  return { total: findings.length, bySeverity, blocking: blocking.length, unexplained, unused }
}

function describe(finding) {
  const where = finding.file === 'N/A' ? 'global' : `${finding.file}:${finding.location.line}`
  return `${finding.severity.name} ${finding.id} (${finding.confidence.name}) at ${where}${
    finding.sample ? `: ${finding.sample}` : ''
  }`
}

async function main() {
  const require = createRequire(import.meta.url)
  const run = require('@doyensec/electronegativity')
  const electronVersion = require('electron/package.json').version
  const allow = JSON.parse(readFileSync(ALLOW_FILE, 'utf8')).allow
  const result = await run(
    {
      input: join(root, 'electron'),
      isRelative: true,
      electronVersionOverride: electronVersion,
      excludeFromScan: EXCLUDED_CHECKS,
    },
    false,
  )
  const outcome = review(result.issues, allow)
  const counts = SEVERITY_ORDER.map((name) => `${name} ${outcome.bySeverity[name]}`).join(', ')
  console.log(
    `Electronegativity (Electron ${electronVersion}) on electron/: ${outcome.total} findings (${counts})`,
  )
  for (const finding of result.issues) {
    const entry = allow.find((candidate) => explains(candidate, finding))
    console.log(`  ${describe(finding)}${entry ? `\n    allowed: ${entry.reason}` : ''}`)
  }
  const problems = [
    ...result.errors.map((e) => `could not parse ${e.file}: ${e.message}`),
    ...outcome.unexplained.map((f) => `unexplained: ${describe(f)}`),
    ...outcome.unused.map(
      (e) => `allow-list entry matches nothing, remove it: ${e.check} ${e.file}`,
    ),
  ]
  for (const problem of problems) console.error(`  FAIL ${problem}`)
  console.log(
    problems.length === 0
      ? `Electronegativity: ${outcome.blocking} at MEDIUM or above, all explained in scripts/electronegativity-allow.json`
      : `Electronegativity: ${problems.length} problem(s); fix them or explain each in scripts/electronegativity-allow.json`,
  )
  return problems.length === 0 ? 0 : 1
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main()
}
