import type { CSSProperties, ReactNode } from 'react'
import { Badge, useMantineTheme, type MantineColor, type MantineTheme } from '@mantine/core'

export type PlainBadgeVariant = 'filled' | 'light' | 'outline'

interface PlainBadgeProps {
  children: ReactNode
  color: MantineColor
  variant: PlainBadgeVariant
  size?: 'sm' | 'md' | 'lg'
  radius?: 'sm' | 'xl'
  /** Keeps the text's case (badges are upper case by default). */
  keepCase?: boolean
  title?: string
}

type Colors = ReturnType<MantineTheme['variantColorResolver']>

// Resolving a colour reads the theme; lists show the same few colours hundreds of times.
const resolved = new WeakMap<MantineTheme, Map<string, Colors>>()

function colorsFor(theme: MantineTheme, color: MantineColor, variant: PlainBadgeVariant): Colors {
  let byKey = resolved.get(theme)
  if (!byKey) resolved.set(theme, (byKey = new Map()))
  const key = `${color}|${variant}`
  let colors = byKey.get(key)
  if (!colors) {
    colors = theme.variantColorResolver({ color, theme, variant, autoContrast: undefined })
    byKey.set(key, colors)
  }
  return colors
}

/**
 * Mantine's Badge, drawn with Mantine's own classes and variables but without its component
 * machinery (styles API, props filtering, polymorphism): long lists render a few badges per row,
 * and at start-up those took a good share of the Library's first render. Looks the same.
 */
export function PlainBadge({
  children,
  color,
  variant,
  size = 'sm',
  radius = 'sm',
  keepCase = false,
  title,
}: PlainBadgeProps) {
  const theme = useMantineTheme()
  const colors = colorsFor(theme, color, variant)
  const style = {
    '--badge-height': `var(--badge-height-${size})`,
    '--badge-padding-x': `var(--badge-padding-x-${size})`,
    '--badge-fz': `var(--badge-fz-${size})`,
    '--badge-radius': `var(--mantine-radius-${radius})`,
    '--badge-bg': colors.background,
    '--badge-color': colors.color,
    '--badge-bd': colors.border,
    ...(keepCase ? { textTransform: 'none' } : {}),
  } as CSSProperties
  return (
    <div
      className={`${Badge.classes.root} mantine-Badge-root`}
      data-variant={variant}
      data-size={size}
      style={style}
      title={title}
    >
      <span className={`${Badge.classes.label} mantine-Badge-label`}>{children}</span>
    </div>
  )
}
