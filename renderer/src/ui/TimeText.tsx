import { Text, type TextProps } from '@mantine/core'
import { describeZone, formatDateTime, formatTime, type DisplayZone } from './time'

interface TimeTextProps extends TextProps {
  ms: number
  zone: DisplayZone
  /** Include the date ("2024-05-01 14:03:12 UTC"); otherwise only the clock and zone. */
  withDate?: boolean
}

/** A time in the chosen zone, always labelled; the full date and zone name on hover. */
export function TimeText({ ms, zone, withDate = false, ...textProps }: TimeTextProps) {
  const text = withDate ? formatDateTime(ms, zone) : formatTime(ms, zone)
  return (
    <Text
      component="time"
      dateTime={new Date(ms).toISOString()}
      title={`${formatDateTime(ms, zone)}, ${describeZone(ms, zone)}`}
      ff="monospace"
      inherit={textProps.size === undefined}
      {...textProps}
    >
      {text}
    </Text>
  )
}
