// Health-check packs (templates/health-checks/*.yaml): the schema, variable substitution and the
// ok / warn / critical / no data verdict of one panel.
import { z } from 'zod'
import { englishText } from '../../i18n/english'
import { msg, type Message } from '../../i18n/messages'
import { UNITS } from './units'

export const PACK_VARIABLES = ['instance', 'job', 'service'] as const
export type PackVariable = (typeof PACK_VARIABLES)[number]

const VARIABLE_USE = /\$([A-Za-z_][A-Za-z0-9_]*)/g

const panelBase = {
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lowercase letters, digits and dashes'),
  title: z.string().min(1).max(80),
  description: z.string().max(500).optional(),
  query: z.string().min(1),
  unit: z.enum(UNITS),
}

const thresholdPanel = z
  .object({
    ...panelBase,
    bad: z.enum(['above', 'below']),
    warn: z.number().optional(),
    critical: z.number().optional(),
  })
  .refine((panel) => panel.warn !== undefined || panel.critical !== undefined, {
    message: 'give warn, critical or both',
  })
  .refine(
    (panel) =>
      panel.warn === undefined ||
      panel.critical === undefined ||
      (panel.bad === 'above' ? panel.warn <= panel.critical : panel.warn >= panel.critical),
    { message: 'warn must come before critical in the bad direction' },
  )

const expectedValuePanel = z.object({
  ...panelBase,
  /** Anything but `expected` is critical (a Kafka cluster has exactly one active controller). */
  bad: z.literal('not_equal'),
  expected: z.number(),
})

const informationalPanel = z.object({ ...panelBase, bad: z.literal('none') })

export const healthPanelSchema = z.discriminatedUnion('bad', [
  thresholdPanel,
  expectedValuePanel,
  informationalPanel,
])
export type HealthPanel = z.infer<typeof healthPanelSchema>

export const healthPackSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    name: z.string().min(1).max(80),
    description: z.string().max(1000),
    variables: z.array(z.enum(PACK_VARIABLES)),
    panels: z.array(healthPanelSchema).min(1),
  })
  .superRefine((pack, context) => {
    const seen = new Set<string>()
    pack.panels.forEach((panel, index) => {
      if (seen.has(panel.id)) {
        context.addIssue({
          code: 'custom',
          path: ['panels', index, 'id'],
          message: 'duplicate panel id',
        })
      }
      seen.add(panel.id)
      for (const name of variablesIn(panel.query)) {
        if (!(pack.variables as string[]).includes(name)) {
          context.addIssue({
            code: 'custom',
            path: ['panels', index, 'query'],
            message: `uses $${name}, which the pack does not declare in variables`,
          })
        }
      }
    })
  })
export type HealthPack = z.infer<typeof healthPackSchema>

/** Variable names a query uses, without the `$`. */
export function variablesIn(query: string): string[] {
  return [...new Set([...query.matchAll(VARIABLE_USE)].map((match) => match[1] ?? ''))]
}

/** Escapes a value for a PromQL double-quoted string (the packs use `label="$var"`). */
export function escapePromQLString(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')
}

/** A variable a query uses that the run has no value for; `text` words it for the UI. */
export class MissingVariableError extends Error {
  readonly text: Message

  constructor(readonly variable: string) {
    const text = msg('msgSources:health.variableMissing', { name: variable })
    super(englishText(text))
    this.name = 'MissingVariableError'
    this.text = text
  }
}

/** Fills `$instance`, `$job`, `$service`; a variable without a value is an error, not a blank. */
export function substituteVariables(
  query: string,
  values: Partial<Record<PackVariable, string>>,
): string {
  return query.replace(VARIABLE_USE, (whole, name: string) => {
    const value = values[name as PackVariable]
    if (value === undefined || value === '') {
      throw new MissingVariableError(name)
    }
    return escapePromQLString(value)
  })
}

export type PanelState = 'ok' | 'warn' | 'critical' | 'no_data'

const RANK: Record<PanelState, number> = { no_data: -1, ok: 0, warn: 1, critical: 2 }

function stateOfValue(value: number, panel: HealthPanel): PanelState {
  switch (panel.bad) {
    case 'none':
      return 'ok'
    case 'not_equal':
      return value === panel.expected ? 'ok' : 'critical'
    case 'above':
      if (panel.critical !== undefined && value >= panel.critical) return 'critical'
      if (panel.warn !== undefined && value >= panel.warn) return 'warn'
      return 'ok'
    case 'below':
      if (panel.critical !== undefined && value <= panel.critical) return 'critical'
      if (panel.warn !== undefined && value <= panel.warn) return 'warn'
      return 'ok'
  }
}

/**
 * The panel's verdict over the current value of each series: the worst series wins. NaN (for
 * example 0/0 when there is no traffic) is not a value; no values at all is "no data", which is
 * never shown as healthy.
 */
export function panelState(values: readonly number[], panel: HealthPanel): PanelState {
  let worst: PanelState = 'no_data'
  for (const value of values) {
    if (Number.isNaN(value)) continue
    const state = stateOfValue(value, panel)
    if (RANK[state] > RANK[worst]) worst = state
  }
  return worst
}
