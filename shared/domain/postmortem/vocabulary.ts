import { ACTION_ITEMS_PART, type PartKey } from './sections'
import type { FieldSpec, ListSpec, ValueSpec, Vocabulary } from './template'

// Every placeholder a postmortem template may use, with its kind (how it is escaped) and the
// part of the postmortem it shows. templates/README.md documents the same list; a test keeps the
// two in step.

const text = (doc: string): ValueSpec => ({ kind: 'text', doc })
const markdown = (doc: string): ValueSpec => ({ kind: 'markdown', doc })
const url = (doc: string): ValueSpec => ({ kind: 'url', doc })
const list = (doc: string, item: Vocabulary | ValueSpec): ListSpec => ({ kind: 'list', doc, item })

const ACTION_ITEM_FIELDS: Vocabulary = {
  number: text('1, 2, 3... in list order'),
  title: text('What will be done'),
  owner: text('Who owns it ("" when unassigned)'),
  due_date: text('Due date, YYYY-MM-DD ("" when none)'),
  priority: text('P1, P2 or P3'),
  type: text('Prevent, Mitigate, Detect or Process'),
  status: text('Open, In progress or Done'),
  is_open: text('"yes" when open, for templates in other languages'),
  is_in_progress: text('"yes" when in progress'),
  is_done: text('"yes" when done'),
  ticket_url: url('Link to the ticket ("" when none)'),
}

const itemsOfType = (type: string) =>
  list(`Action items of type ${type}, same fields as action_items`, ACTION_ITEM_FIELDS)

/** Name -> spec, plus the postmortem part each name shows (null: incident facts, always known). */
export const PLACEHOLDERS: Record<string, { spec: FieldSpec; part: PartKey | null }> = {
  title: { spec: text('Postmortem title'), part: 'title' },
  incident_id: { spec: text('The incident id'), part: null },
  severity: { spec: text('SEV1 to SEV4'), part: null },
  severity_meaning: { spec: text('What the severity means, in words'), part: null },
  incident_status: { spec: text('The incident status, e.g. Closed'), part: null },
  postmortem_status: { spec: text('Draft, In review, Reviewed or Published'), part: null },
  postmortem_is_draft: { spec: text('"yes" while a draft'), part: null },
  postmortem_is_in_review: { spec: text('"yes" while in review'), part: null },
  postmortem_is_reviewed: { spec: text('"yes" once reviewed'), part: null },
  postmortem_is_published: { spec: text('"yes" once published'), part: null },
  template_name: { spec: text('Name of the template in use'), part: null },
  started_at: { spec: text('When the incident started, "2026-11-21 12:00:00 UTC"'), part: null },
  detected_at: { spec: text('When it was detected ("" when unknown)'), part: null },
  acknowledged_at: { spec: text('When a responder acknowledged it'), part: null },
  mitigated_at: { spec: text('When it was mitigated'), part: null },
  resolved_at: { spec: text('When it was resolved'), part: null },
  timeline_zone: { spec: text('The time zone of every time shown: UTC'), part: null },
  commander: { spec: text('Incident commander'), part: null },
  scribe: { spec: text('Scribe'), part: null },
  communications_lead: { spec: text('Communications lead'), part: null },
  responders: { spec: list('Responder names; use {{.}}', text('A name')), part: null },
  responders_list: { spec: text('Responder names, comma separated'), part: null },
  summary: { spec: markdown('Summary'), part: 'summary' },
  impact_duration: { spec: text('How long users were affected, e.g. "1h 07m"'), part: 'impact' },
  affected_services: {
    spec: list('Affected services; use {{.}}', text('A service')),
    part: 'impact',
  },
  affected_services_list: { spec: text('Affected services, comma separated'), part: 'impact' },
  users_affected: { spec: text('Users affected, as the author wrote it'), part: 'impact' },
  slo_budget_consumed: { spec: text('Error budget consumed, e.g. "12.5%"'), part: 'impact' },
  impact_description: { spec: markdown('Impact, in words'), part: 'impact' },
  detection_how: { spec: markdown('How the incident was detected'), part: 'detection' },
  time_to_detect: { spec: text('Started to detected, e.g. "4m 00s"'), part: 'detection' },
  time_to_acknowledge: { spec: text('Detected to acknowledged'), part: 'response' },
  time_to_mitigate: { spec: text('Started to mitigated'), part: 'response' },
  response_notes: { spec: markdown('What responders did'), part: 'response' },
  time_to_resolve: { spec: text('Started to resolved'), part: 'recovery' },
  recovery_notes: { spec: markdown('How service was restored'), part: 'recovery' },
  timeline: {
    spec: list('Timeline events (key events, or all when the author chose all)', {
      time: text('"2026-11-21 12:03:05", in timeline_zone'),
      kind: text('Note, Status, Step, Hypothesis, Evidence...'),
      text: text('What happened'),
      author: text('Who recorded it'),
      is_key: text('"yes" for a key event, "" otherwise: {{#is_key}}...{{/is_key}}'),
      link: url('Relative link to the evidence this event pinned ("" for other events)'),
    }),
    part: 'timeline',
  },
  root_cause: { spec: markdown('Root cause'), part: 'rootCause' },
  trigger: { spec: markdown('Trigger'), part: 'rootCause' },
  contributing_factors: { spec: markdown('Contributing factors'), part: 'contributingFactors' },
  five_whys: {
    spec: list('The five why / because pairs that have text', {
      number: text('1 to 5'),
      why: markdown('The question'),
      because: markdown('The answer'),
    }),
    part: 'fiveWhys',
  },
  hypotheses_ruled_out: {
    spec: list('Hypotheses ruled out during the incident', {
      text: markdown('The hypothesis'),
      reason: markdown('Why it was ruled out'),
    }),
    part: 'hypothesesRuledOut',
  },
  went_well: { spec: markdown('What went well'), part: 'wentWell' },
  went_wrong: { spec: markdown('What went wrong'), part: 'wentWrong' },
  got_lucky: { spec: markdown('Where we got lucky'), part: 'gotLucky' },
  action_items: { spec: list('Every action item', ACTION_ITEM_FIELDS), part: ACTION_ITEMS_PART },
  prevent_items: { spec: itemsOfType('prevent'), part: ACTION_ITEMS_PART },
  mitigate_items: { spec: itemsOfType('mitigate'), part: ACTION_ITEMS_PART },
  detect_items: { spec: itemsOfType('detect'), part: ACTION_ITEMS_PART },
  process_items: { spec: itemsOfType('process'), part: ACTION_ITEMS_PART },
  lessons_learned: { spec: markdown('Lessons learned'), part: 'lessonsLearned' },
  evidence: {
    spec: list('Supporting evidence the author kept', {
      number: text('1, 2, 3...'),
      caption: text('Caption'),
      kind: text('Chart or Trace'),
      source: text('The data source it came from'),
      link: url('Relative link into the evidence folder: the PNG, else the summary'),
      image: text('"yes" when link is a PNG image: ![{{caption}}]({{link}})'),
      is_chart: text('"yes" for a chart'),
      is_trace: text('"yes" for a trace'),
    }),
    part: 'evidence',
  },
  communication_internal: {
    spec: markdown('Internal communication summary'),
    part: 'communication',
  },
  communication_external: {
    spec: markdown('External communication summary'),
    part: 'communication',
  },
  documentation: { spec: markdown('Documentation updated or to update'), part: 'documentation' },
  conclusion: { spec: markdown('Conclusion'), part: 'conclusion' },
  tags: { spec: list('Tags; use {{.}}', text('A tag')), part: 'tags' },
}

export const POSTMORTEM_VOCABULARY: Vocabulary = Object.fromEntries(
  Object.entries(PLACEHOLDERS).map(([name, { spec }]) => [name, spec]),
)

/** The parts a template shows, in editor order, from the placeholders it uses. */
export function partsUsed(usedNames: ReadonlySet<string>, order: readonly PartKey[]): PartKey[] {
  const used = new Set<PartKey>()
  for (const name of usedNames) {
    const part = PLACEHOLDERS[name]?.part
    if (part) used.add(part)
  }
  return order.filter((part) => used.has(part))
}
