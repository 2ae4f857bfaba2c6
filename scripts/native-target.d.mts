export const MARKER: string
export function currentTarget(markerText: string | undefined): 'node' | 'electron'
export function nativePlan(
  current: 'node' | 'electron',
  wanted: 'node' | 'electron',
  env: Record<string, string | undefined>,
):
  | { action: 'none' }
  | { action: 'skip'; message: string }
  | { action: 'rebuild'; target: 'node' | 'electron' }
export function writeMarker(target: 'node' | 'electron'): void
