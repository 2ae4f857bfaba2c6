import { mkdirSync, writeFileSync } from 'node:fs'
import { arch, cpus, platform } from 'node:os'
import { benchIncidentList, benchTimelineAppend } from './store.bench'
import { benchCharts } from './charts.bench'
import { benchLibrary } from './library.bench'
import { benchPostmortem } from './postmortem.bench'
import { benchPreview } from './preview.bench'
import { benchPrometheus } from './prometheus.bench'
import { figure, type BenchFigure } from './stats'
import { benchTraceFigures } from './traces.bench'
import { benchWaterfall } from './waterfall.bench'

// `npm run bench`: runs every entry, prints JSON figures with their budgets and writes them to
// bench/results/latest.json. Budgets are reported, not asserted: the test suite has no timings.

const ENTRIES: Record<string, () => Promise<BenchFigure[]>> = {
  timelineAppend: benchTimelineAppend,
  incidentList: benchIncidentList,
  traces: benchTraceFigures,
  postmortem: benchPostmortem,
  preview: benchPreview,
  waterfall: benchWaterfall,
  library: benchLibrary,
  charts: benchCharts,
  prometheusNode: async () => figuresFromRecord(await benchPrometheus()),
}

/** Informational figures (no budget) from an entry that reports a name -> value record. */
function figuresFromRecord(record: Record<string, number | string>): BenchFigure[] {
  return Object.entries(record).flatMap(([name, value]) =>
    typeof value === 'number' ? [figure(name, value, name.endsWith('MB') ? 'MB' : 'ms')] : [],
  )
}

const only = process.argv.slice(2)
const figures: BenchFigure[] = []
for (const [name, run] of Object.entries(ENTRIES)) {
  if (only.length > 0 && !only.includes(name)) continue
  const result = await run()
  for (const f of result) console.log(JSON.stringify(f))
  figures.push(...result)
}

const report = {
  at: new Date().toISOString(),
  machine: { platform: platform(), arch: arch(), cpus: cpus().length, node: process.version },
  figures,
  overBudget: figures.filter((f) => f.within === false).map((f) => f.name),
}
mkdirSync('bench/results', { recursive: true })
writeFileSync('bench/results/latest.json', JSON.stringify(report, null, 2) + '\n')
console.log(
  report.overBudget.length === 0
    ? `All ${figures.filter((f) => f.budget !== undefined).length} budgets met.`
    : `Over budget: ${report.overBudget.join(', ')}`,
)
