import { ColorSwatch, type MantineColor } from '@mantine/core'

/** The small colour dot inside a select; the text beside it carries the meaning. */
export function Swatch({ color }: { color: MantineColor }) {
  const [name, shade] = color.split('.')
  const variable = `var(--mantine-color-${name}-${shade ?? 6})`
  return <ColorSwatch color={variable} size={12} withShadow={false} aria-hidden />
}
