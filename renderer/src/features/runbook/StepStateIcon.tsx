import type { StepState } from './step-state'

interface StepStateIconProps {
  state: StepState
  /** The step's number, shown inside the circle of a step not finished yet. */
  number: number
  size?: number
}

/**
 * A circle per state, each with its own shape (number, ring, tick, arrow) so the state reads
 * without colour. Decorative: the state is also written in words beside it.
 */
export function StepStateIcon({ state, number, size = 26 }: StepStateIconProps) {
  const color = `var(--mantine-color-${COLOR_VAR[state]})`
  return (
    <svg width={size} height={size} viewBox="0 0 26 26" aria-hidden focusable="false">
      {state === 'todo' && (
        <>
          <circle cx="13" cy="13" r="11.5" fill="none" stroke={color} strokeWidth="1.5" />
          <NumberText number={number} fill="var(--mantine-color-dimmed)" />
        </>
      )}
      {state === 'active' && (
        <>
          <circle cx="13" cy="13" r="11.5" fill="none" stroke={color} strokeWidth="2.5" />
          <NumberText number={number} fill={color} />
        </>
      )}
      {state === 'done' && (
        <>
          <circle cx="13" cy="13" r="12.5" fill={color} />
          <path
            d="M7.5 13.5l3.6 3.6 7.4-7.6"
            fill="none"
            stroke="white"
            strokeWidth="2.4"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </>
      )}
      {state === 'skipped' && (
        <>
          <circle cx="13" cy="13" r="11.5" fill="none" stroke={color} strokeWidth="1.5" />
          <path
            d="M8 13h9M14 9.5l3.5 3.5-3.5 3.5"
            fill="none"
            stroke={color}
            strokeWidth="2"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </>
      )}
    </svg>
  )
}

const COLOR_VAR: Record<StepState, string> = {
  todo: 'gray-5',
  active: 'indigo-6',
  done: 'teal-7',
  skipped: 'orange-7',
}

function NumberText({ number, fill }: { number: number; fill: string }) {
  return (
    <text
      x="13"
      y="13"
      dy="0.35em"
      textAnchor="middle"
      fontSize="12"
      fontWeight="700"
      fill={fill}
      fontFamily="var(--mantine-font-family)"
    >
      {number}
    </text>
  )
}
