import { Text, type TextProps } from '@mantine/core'
import { formatElapsed } from './duration'
import { useNow } from './useNow'

interface ElapsedProps extends TextProps {
  label: string
  from: number
  /** When set the span is over and stops ticking. */
  until?: number | null
}

/**
 * A live duration such as "Elapsed 1h 04m". role="timer" keeps screen readers from announcing
 * every tick while still exposing the value.
 */
export function Elapsed({ label, from, until, ...textProps }: ElapsedProps) {
  const now = useNow(1000)
  const end = until ?? now
  return (
    <Text role="timer" ff="monospace" {...textProps}>
      {label} {formatElapsed(end - from)}
    </Text>
  )
}
