import type { ReactNode, Ref } from 'react'
import { TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { EventTimeField } from './event-time'
import { describeZone, type DisplayZone } from './time'
import { useNow } from './useNow'

interface DateTimeFieldProps {
  label: string
  field: EventTimeField
  onChange: (field: EventTimeField) => void
  zone: DisplayZone
  error?: ReactNode
  /** Shown before the zone, e.g. "Leave empty for now." */
  hint?: string
  inputRef?: Ref<HTMLInputElement>
  withAsterisk?: boolean
}

/** A native date-time input read on the chosen zone's wall clock, with the zone stated. */
export function DateTimeField(props: DateTimeFieldProps) {
  const { label, field, onChange, zone, error, hint, inputRef, withAsterisk } = props
  const { t } = useTranslation('ui')
  // Minute ticks keep the offset right across a daylight saving change.
  const now = useNow(60_000)
  const zoneText =
    zone.kind === 'utc' ? t('dateTime.utc') : t('dateTime.local', { zone: describeZone(now, zone) })
  return (
    <TextInput
      type="datetime-local"
      step={1}
      label={label}
      description={hint ? `${hint} ${zoneText}` : zoneText}
      value={field.value}
      onChange={(event) =>
        onChange({
          value: event.currentTarget.value,
          badInput: event.currentTarget.validity.badInput,
        })
      }
      // A half-typed date fires no change event; blur is where the browser settles it.
      onBlur={(event) =>
        onChange({
          value: event.currentTarget.value,
          badInput: event.currentTarget.validity.badInput,
        })
      }
      error={error}
      ref={inputRef}
      withAsterisk={withAsterisk}
      styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
    />
  )
}
