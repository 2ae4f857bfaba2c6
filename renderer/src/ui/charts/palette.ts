// Series colours readable on both the light and the dark theme, in an order where neighbours
// differ clearly; they repeat past twelve series.
export const SERIES_COLORS = [
  '#228be6',
  '#f76707',
  '#2f9e44',
  '#e03131',
  '#7048e8',
  '#0c8599',
  '#d6336c',
  '#a08400',
  '#1971c2',
  '#66a80f',
  '#9c36b5',
  '#495057',
] as const

export function seriesColor(index: number): string {
  return SERIES_COLORS[index % SERIES_COLORS.length] ?? '#228be6'
}

export interface ChartTheme {
  axis: string
  grid: string
  background: string
  text: string
  tooltipBackground: string
}

export function chartTheme(dark: boolean): ChartTheme {
  return dark
    ? {
        axis: '#c9c9c9',
        grid: 'rgba(255,255,255,0.08)',
        background: '#242424',
        text: '#e9ecef',
        tooltipBackground: 'rgba(36,36,36,0.95)',
      }
    : {
        axis: '#495057',
        grid: 'rgba(0,0,0,0.07)',
        background: '#ffffff',
        text: '#212529',
        tooltipBackground: 'rgba(255,255,255,0.96)',
      }
}

export const THRESHOLD_COLORS = { warn: '#f59f00', critical: '#e03131' } as const
