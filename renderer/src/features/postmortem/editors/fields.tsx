import { useState, type ReactNode } from 'react'
import { Text, Textarea, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { formatNumber } from '../../../i18n/format'
import { durationText, parseDurationText } from './duration-text'

// The small fields the section editors are made of. Every one edits through `onChange` at each
// keystroke (autosave decides when to write); labels are the accessible names.

/**
 * Shown under a field whose value is still the one Firebreak filled in. One run of text, so under
 * a narrow field it wraps like a sentence instead of stacking into a thin column.
 */
export function PrefilledNote({ prefilled, source }: { prefilled: boolean; source: string }) {
  const { t } = useTranslation('postmortem')
  if (!prefilled) return null
  return (
    <Text component="span" size="xs" c="dimmed">
      <Text component="span" inherit c="blue" fw={600}>
        {t('fields.prefilled')}
      </Text>{' '}
      {t('fields.prefilledFrom', { source })}
    </Text>
  )
}

/** "." in English, "," in Portuguese: what a number input should show and accept. */
export function decimalSeparator(): string {
  return formatNumber(1.5, 1).charAt(1)
}

interface MarkdownFieldProps {
  /** The visible label; or `labelledBy`, the id of a heading that already says it. */
  label?: string
  labelledBy?: string
  value: string
  onChange: (value: string) => void
  readOnly: boolean
  placeholder?: string
  description?: ReactNode
  error?: string
  minRows?: number
}

export function MarkdownField(props: MarkdownFieldProps) {
  const { t } = useTranslation('postmortem')
  return (
    <Textarea
      label={props.label}
      aria-labelledby={props.labelledBy}
      description={props.description}
      placeholder={props.placeholder ?? t('fields.markdown')}
      value={props.value}
      onChange={(event) => props.onChange(event.currentTarget.value)}
      readOnly={props.readOnly}
      error={props.error}
      autosize
      minRows={props.minRows ?? 3}
      maxRows={18}
      spellCheck
    />
  )
}

interface DurationFieldProps {
  label: string
  ms: number | null
  onChange: (ms: number | null) => void
  readOnly: boolean
  description?: ReactNode
}

/** Typed as "1h 05m"; saved once it reads as a duration, with a message while it does not. */
export function DurationField({ label, ms, onChange, readOnly, description }: DurationFieldProps) {
  const { t } = useTranslation('postmortem')
  const [text, setText] = useState(() => durationText(ms))
  const [shownMs, setShownMs] = useState(ms)
  // A value changed elsewhere (regenerated, another window) replaces what is shown.
  if (ms !== shownMs) {
    setShownMs(ms)
    const parsed = parseDurationText(text)
    if (!parsed.ok || parsed.ms !== ms) setText(durationText(ms))
  }
  const parsed = parseDurationText(text)
  return (
    <TextInput
      label={label}
      description={description}
      placeholder={t('fields.durationPlaceholder')}
      value={text}
      readOnly={readOnly}
      error={parsed.ok ? undefined : t('fields.durationInvalid')}
      onChange={(event) => {
        const next = event.currentTarget.value
        setText(next)
        const read = parseDurationText(next)
        if (read.ok && read.ms !== ms) {
          setShownMs(read.ms)
          onChange(read.ms)
        }
      }}
      w={190}
    />
  )
}

interface ListFieldProps {
  label: string
  values: readonly string[]
  onChange: (values: string[]) => void
  readOnly: boolean
  description?: ReactNode
  placeholder?: string
}

const splitList = (text: string) =>
  text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)

/** A comma-separated list, kept as typed (trailing comma and all) while the author types. */
export function ListField({ label, values, onChange, readOnly, ...rest }: ListFieldProps) {
  const [text, setText] = useState(() => values.join(', '))
  const [shown, setShown] = useState(values)
  if (values !== shown) {
    setShown(values)
    if (splitList(text).join('\n') !== values.join('\n')) setText(values.join(', '))
  }
  return (
    <TextInput
      label={label}
      description={rest.description}
      placeholder={rest.placeholder}
      value={text}
      readOnly={readOnly}
      onChange={(event) => {
        const next = event.currentTarget.value
        setText(next)
        const list = splitList(next)
        if (list.join('\n') !== values.join('\n')) onChange(list)
      }}
    />
  )
}
