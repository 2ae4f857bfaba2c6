import { useRef, type KeyboardEvent } from 'react'
import { Button } from '@mantine/core'
import classes from './ChoiceGroup.module.css'

export interface Choice<V extends string> {
  value: V
  label: string
}

interface ChoiceGroupProps<V extends string> {
  /** The group's accessible name, e.g. "Time zone". */
  label: string
  choices: readonly Choice<V>[]
  value: V
  onChange: (value: V) => void
  disabled?: boolean
  size?: 'xs' | 'sm'
}

const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown'])
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'ArrowUp'])

/**
 * A segmented single choice following the WAI-ARIA radio group pattern: one tab stop, arrows
 * move and select. Buttons with role "radio" rather than hidden inputs, so the visible text is
 * the element that gets clicked, whether by a pointer, a screen reader or a test.
 */
export function ChoiceGroup<V extends string>(props: ChoiceGroupProps<V>) {
  const { label, choices, value, onChange, disabled = false, size = 'xs' } = props
  const buttons = useRef<(HTMLButtonElement | null)[]>([])

  function onKeyDown(event: KeyboardEvent, index: number) {
    const last = choices.length - 1
    let target: number | null = null
    if (NEXT_KEYS.has(event.key)) target = index === last ? 0 : index + 1
    else if (PREVIOUS_KEYS.has(event.key)) target = index === 0 ? last : index - 1
    else if (event.key === 'Home') target = 0
    else if (event.key === 'End') target = last
    const choice = target === null ? undefined : choices[target]
    if (target === null || !choice) return
    event.preventDefault()
    onChange(choice.value)
    buttons.current[target]?.focus()
  }

  return (
    <div role="radiogroup" aria-label={label} style={{ display: 'inline-flex' }}>
      <Button.Group>
        {choices.map((choice, index) => {
          const checked = choice.value === value
          return (
            <Button
              key={choice.value}
              ref={(element) => {
                buttons.current[index] = element
              }}
              role="radio"
              aria-checked={checked}
              // Same as the text; lets label-based lookups (getByLabel) find the choice too.
              aria-label={choice.label}
              tabIndex={checked ? 0 : -1}
              size={size}
              variant="default"
              className={classes.choice}
              disabled={disabled}
              onClick={() => onChange(choice.value)}
              onKeyDown={(event) => onKeyDown(event, index)}
            >
              {choice.label}
            </Button>
          )
        })}
      </Button.Group>
    </div>
  )
}
