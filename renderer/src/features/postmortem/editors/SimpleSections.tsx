import { TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
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
  const { t } = useTranslation('postmortem')
  const id = ctx.incident.id
  const [title, setTitle] = useSection(id, ctx.view, 'title')
  const failure = useSectionFailure(id, 'title')
  return (
    <section aria-label={t('title.region')} data-part="title">
      <TextInput
        label={t('title.label')}
        id={sectionHeadingId('title')}
        value={title}
        onChange={(event) => setTitle(event.currentTarget.value)}
        readOnly={!ctx.editable}
        error={failure}
        size="md"
        description={
          <PrefilledNote
            prefilled={isPrefilled(title, ctx.prefill?.title)}
            source={t('sources.incidentTitle')}
          />
        }
      />
    </section>
  )
}

/** Sections that are one Markdown text; each placeholder says what a reader should find there. */
const PLAIN_SECTIONS = [
  'summary',
  'contributingFactors',
  'wentWell',
  'wentWrong',
  'gotLucky',
  'lessonsLearned',
  'documentation',
  'conclusion',
] as const
export type PlainSection = (typeof PLAIN_SECTIONS)[number]

export function isPlainSection(part: string): part is PlainSection {
  return (PLAIN_SECTIONS as readonly string[]).includes(part)
}

export function PlainSectionEditor({
  ctx,
  section,
}: {
  ctx: EditorContext
  section: PlainSection
}) {
  const { t } = useTranslation('postmortem')
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
        placeholder={t(`plain.${section}`)}
        description={
          prefilled ? <PrefilledNote prefilled source={t('sources.incidentSummary')} /> : undefined
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
  const { t } = useTranslation('postmortem')
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
        label={t('rootCause.label')}
        placeholder={t('rootCause.placeholder')}
        description={
          prefilled ? (
            <PrefilledNote prefilled source={t('sources.confirmedHypotheses')} />
          ) : undefined
        }
        value={cause.rootCause}
        onChange={(rootCause) => setCause({ ...cause, rootCause })}
        readOnly={!ctx.editable}
        error={failure}
      />
      <MarkdownField
        label={t('rootCause.trigger')}
        placeholder={t('rootCause.triggerPlaceholder')}
        value={cause.trigger}
        onChange={(trigger) => setCause({ ...cause, trigger })}
        readOnly={!ctx.editable}
        minRows={2}
      />
    </SectionFrame>
  )
}

export function CommunicationEditor({ ctx }: { ctx: EditorContext }) {
  const { t } = useTranslation('postmortem')
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
        label={t('communication.internal')}
        placeholder={t('communication.internalPlaceholder')}
        value={comms.internal}
        onChange={(internal) => setComms({ ...comms, internal })}
        readOnly={!ctx.editable}
        error={failure}
      />
      <MarkdownField
        label={t('communication.external')}
        placeholder={t('communication.externalPlaceholder')}
        value={comms.external}
        onChange={(external) => setComms({ ...comms, external })}
        readOnly={!ctx.editable}
      />
    </SectionFrame>
  )
}
