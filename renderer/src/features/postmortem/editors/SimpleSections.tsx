import { TextInput } from '@mantine/core'
import { isSectionEmpty } from '../../../../../shared/domain/postmortem/sections'
import { useIncidentSaveState } from '../save-store'
import { isPrefilled } from '../use-prefill'
import { useSection } from '../use-autosave'
import type { EditorContext } from './context'
import { MarkdownField, PrefilledNote } from './fields'
import { sectionHeadingId, SectionFrame } from './SectionFrame'

/** The refusal of the last save of a section, if it was refused. */
export function useSectionFailure(incidentId: string, section: string): string | undefined {
  return useIncidentSaveState(incidentId).failures[`section:${section}`]?.message
}

/** The title needs no heading of its own: its field says what it is. */
export function TitleEditor({ ctx }: { ctx: EditorContext }) {
  const id = ctx.incident.id
  const [title, setTitle] = useSection(id, ctx.view, 'title')
  const failure = useSectionFailure(id, 'title')
  return (
    <section aria-label="Title" data-part="title">
      <TextInput
        label="Postmortem title"
        id={sectionHeadingId('title')}
        value={title}
        onChange={(event) => setTitle(event.currentTarget.value)}
        readOnly={!ctx.editable}
        error={failure}
        size="md"
        description={
          <PrefilledNote
            prefilled={isPrefilled(title, ctx.prefill?.title)}
            source="the incident title"
          />
        }
      />
    </section>
  )
}

/** Sections that are one Markdown text, with what a reader should find in them. */
const PLAIN_SECTIONS = {
  summary: 'What happened, in two or three sentences a reader outside the team understands.',
  contributingFactors: 'Conditions that made it possible or worse, beyond the trigger.',
  wentWell: 'What helped: tooling, alerts, people, decisions.',
  wentWrong: 'What slowed the response or made it worse.',
  gotLucky: 'What went our way by chance, and should not have to next time.',
  lessonsLearned: 'What the team knows now that it did not before.',
  documentation: 'Runbooks, dashboards and documents to write or fix.',
  conclusion: 'The closing word: where things stand and what happens next.',
} as const
export type PlainSection = keyof typeof PLAIN_SECTIONS

export function isPlainSection(part: string): part is PlainSection {
  return Object.hasOwn(PLAIN_SECTIONS, part)
}

export function PlainSectionEditor({
  ctx,
  section,
}: {
  ctx: EditorContext
  section: PlainSection
}) {
  const id = ctx.incident.id
  const [text, setText] = useSection(id, ctx.view, section)
  const failure = useSectionFailure(id, section)
  const prefilled = isPrefilled(text, ctx.prefill?.[section])
  return (
    <SectionFrame
      part={section}
      incidentId={id}
      empty={isSectionEmpty(section, text)}
      editable={ctx.editable}
      refill={section === 'summary' ? 'summary' : undefined}
    >
      <MarkdownField
        labelledBy={sectionHeadingId(section)}
        placeholder={PLAIN_SECTIONS[section]}
        description={
          prefilled ? <PrefilledNote prefilled source="the incident summary" /> : undefined
        }
        value={text}
        onChange={setText}
        readOnly={!ctx.editable}
        error={failure}
      />
    </SectionFrame>
  )
}

export function RootCauseEditor({ ctx }: { ctx: EditorContext }) {
  const id = ctx.incident.id
  const [cause, setCause] = useSection(id, ctx.view, 'rootCause')
  const failure = useSectionFailure(id, 'rootCause')
  const prefilled = isPrefilled(cause.rootCause, ctx.prefill?.rootCause.rootCause)
  return (
    <SectionFrame
      part="rootCause"
      incidentId={id}
      empty={isSectionEmpty('rootCause', cause)}
      editable={ctx.editable}
      refill="rootCause"
    >
      <MarkdownField
        label="Root cause"
        placeholder="The underlying reason it could happen at all."
        description={
          prefilled ? <PrefilledNote prefilled source="the confirmed hypotheses" /> : undefined
        }
        value={cause.rootCause}
        onChange={(rootCause) => setCause({ ...cause, rootCause })}
        readOnly={!ctx.editable}
        error={failure}
      />
      <MarkdownField
        label="Trigger"
        placeholder="The change or event that set it off."
        value={cause.trigger}
        onChange={(trigger) => setCause({ ...cause, trigger })}
        readOnly={!ctx.editable}
        minRows={2}
      />
    </SectionFrame>
  )
}

export function CommunicationEditor({ ctx }: { ctx: EditorContext }) {
  const id = ctx.incident.id
  const [comms, setComms] = useSection(id, ctx.view, 'communication')
  const failure = useSectionFailure(id, 'communication')
  return (
    <SectionFrame
      part="communication"
      incidentId={id}
      empty={isSectionEmpty('communication', comms)}
      editable={ctx.editable}
    >
      <MarkdownField
        label="Internal summary"
        placeholder="What the rest of the company was told, and when."
        value={comms.internal}
        onChange={(internal) => setComms({ ...comms, internal })}
        readOnly={!ctx.editable}
        error={failure}
      />
      <MarkdownField
        label="External summary"
        placeholder="What customers were told (status page, e-mail)."
        value={comms.external}
        onChange={(external) => setComms({ ...comms, external })}
        readOnly={!ctx.editable}
      />
    </SectionFrame>
  )
}
