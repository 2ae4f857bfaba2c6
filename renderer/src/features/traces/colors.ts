// Service colours: one per service index, distinct in light and dark themes. Red is kept for
// errors, so it is not in the palette.
const PALETTE = [
  'blue',
  'teal',
  'grape',
  'orange',
  'cyan',
  'lime',
  'indigo',
  'yellow',
  'pink',
  'green',
  'violet',
  'gray',
] as const

export function serviceColor(serviceIndex: number): string {
  const name = PALETTE[((serviceIndex % PALETTE.length) + PALETTE.length) % PALETTE.length]
  return `var(--mantine-color-${name}-5)`
}
