// Types for electronegativity-check.mjs (plain Node so `npm run lint` needs no build step).
export interface Finding {
  id: string
  file: string
  sample?: string
  severity: { name: string }
  confidence: { name: string }
  location: { line: number; column: number }
}
export interface AllowEntry {
  check: string
  file: string
  sample?: string
  reason: string
}
export function explains(entry: AllowEntry, finding: Finding): boolean
export function review(
  findings: Finding[],
  allow: AllowEntry[],
): {
  total: number
  bySeverity: Record<string, number>
  blocking: number
  unexplained: Finding[]
  unused: AllowEntry[]
}
