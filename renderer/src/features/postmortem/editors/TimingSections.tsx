import { Group, NumberInput, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import {
  isSectionEmpty,
  type PostmortemSections,
} from '../../../../../shared/domain/postmortem/sections'
import { isPrefilled } from '../use-prefill'
import { useSection } from '../use-autosave'
import type { EditorContext } from './context'
import { decimalSeparator, DurationField, ListField, MarkdownField, PrefilledNote } from './fields'
import { SectionFrame } from './SectionFrame'
import { useSectionFailure } from './SimpleSections'

export function ImpactEditor({ ctx }: { ctx: EditorContext }) {
  const { t } = useTranslation('postmortem')
  const id = ctx.incident.id
  const [impact, setImpact] = useSection(id, ctx.view, 'impact')
  const failure = useSectionFailure(id, 'impact')
  const prefill = ctx.prefill?.impact
  const readOnly = !ctx.editable
  return (
    <SectionFrame
      part="impact"
      incidentId={id}
      empty={isSectionEmpty('impact', impact)}
      editable={ctx.editable}
      refill="impact"
    >
      <ImpactFigures impact={impact} onChange={setImpact} readOnly={readOnly} prefill={prefill} />
      <ListField
        label={t('impact.affectedServices')}
        description={
          <PrefilledNote
            prefilled={isPrefilled(impact.affectedServices, prefill?.affectedServices)}
            source={t('sources.incident')}
          />
        }
        placeholder={t('impact.affectedServicesPlaceholder')}
        values={impact.affectedServices}
        onChange={(affectedServices) => setImpact({ ...impact, affectedServices })}
        readOnly={readOnly}
      />
      <TextInput
        label={t('impact.usersAffected')}
        placeholder={t('impact.usersAffectedPlaceholder')}
        value={impact.usersAffected}
        onChange={(event) => setImpact({ ...impact, usersAffected: event.currentTarget.value })}
        readOnly={readOnly}
        error={failure}
      />
      <MarkdownField
        label={t('impact.description')}
        placeholder={t('impact.descriptionPlaceholder')}
        value={impact.description}
        onChange={(description) => setImpact({ ...impact, description })}
        readOnly={readOnly}
      />
    </SectionFrame>
  )
}

type Impact = PostmortemSections['impact']

interface ImpactFiguresProps {
  impact: Impact
  onChange: (impact: Impact) => void
  readOnly: boolean
  prefill: Impact | undefined
}

/** The measured side of impact: how long, and how much of the error budget. */
function ImpactFigures({ impact, onChange: setImpact, readOnly, prefill }: ImpactFiguresProps) {
  const { t } = useTranslation('postmortem')
  return (
    <Group align="flex-start" gap="md" wrap="wrap">
      <DurationField
        label={t('impact.duration')}
        ms={impact.durationMs}
        onChange={(durationMs) => setImpact({ ...impact, durationMs })}
        readOnly={readOnly}
        description={
          <PrefilledNote
            prefilled={isPrefilled(impact.durationMs, prefill?.durationMs)}
            source={t('sources.incidentTimes')}
          />
        }
      />
      <NumberInput
        label={t('impact.budget')}
        description={t('impact.budgetDescription')}
        value={impact.sloBudgetConsumedPercent ?? ''}
        onChange={(value) =>
          setImpact({
            ...impact,
            sloBudgetConsumedPercent: typeof value === 'number' ? value : null,
          })
        }
        min={0}
        max={100_000}
        decimalScale={1}
        decimalSeparator={decimalSeparator()}
        readOnly={readOnly}
        w={240}
      />
    </Group>
  )
}

export function DetectionEditor({ ctx }: { ctx: EditorContext }) {
  const { t } = useTranslation('postmortem')
  const id = ctx.incident.id
  const [detection, setDetection] = useSection(id, ctx.view, 'detection')
  const failure = useSectionFailure(id, 'detection')
  const prefill = ctx.prefill?.detection
  return (
    <SectionFrame
      part="detection"
      incidentId={id}
      empty={isSectionEmpty('detection', detection)}
      editable={ctx.editable}
      refill="detection"
    >
      <DurationField
        label={t('detection.timeToDetect')}
        ms={detection.timeToDetectMs}
        onChange={(timeToDetectMs) => setDetection({ ...detection, timeToDetectMs })}
        readOnly={!ctx.editable}
        description={
          <PrefilledNote
            prefilled={isPrefilled(detection.timeToDetectMs, prefill?.timeToDetectMs)}
            source={t('sources.incidentTimes')}
          />
        }
      />
      <MarkdownField
        label={t('detection.how')}
        placeholder={t('detection.howPlaceholder')}
        description={
          isPrefilled(detection.how, prefill?.how) ? (
            <PrefilledNote prefilled source={t('sources.firstAlert')} />
          ) : undefined
        }
        value={detection.how}
        onChange={(how) => setDetection({ ...detection, how })}
        readOnly={!ctx.editable}
        error={failure}
        minRows={2}
      />
    </SectionFrame>
  )
}

export function ResponseEditor({ ctx }: { ctx: EditorContext }) {
  const { t } = useTranslation('postmortem')
  const id = ctx.incident.id
  const [response, setResponse] = useSection(id, ctx.view, 'response')
  const failure = useSectionFailure(id, 'response')
  const prefill = ctx.prefill?.response
  return (
    <SectionFrame
      part="response"
      incidentId={id}
      empty={isSectionEmpty('response', response)}
      editable={ctx.editable}
      refill="response"
    >
      <Group align="flex-start" gap="md" wrap="wrap">
        <DurationField
          label={t('response.timeToAcknowledge')}
          ms={response.timeToAcknowledgeMs}
          onChange={(timeToAcknowledgeMs) => setResponse({ ...response, timeToAcknowledgeMs })}
          readOnly={!ctx.editable}
          description={
            <PrefilledNote
              prefilled={isPrefilled(response.timeToAcknowledgeMs, prefill?.timeToAcknowledgeMs)}
              source={t('sources.incidentTimes')}
            />
          }
        />
        <DurationField
          label={t('response.timeToMitigate')}
          ms={response.timeToMitigateMs}
          onChange={(timeToMitigateMs) => setResponse({ ...response, timeToMitigateMs })}
          readOnly={!ctx.editable}
          description={
            <PrefilledNote
              prefilled={isPrefilled(response.timeToMitigateMs, prefill?.timeToMitigateMs)}
              source={t('sources.incidentTimes')}
            />
          }
        />
      </Group>
      <MarkdownField
        label={t('response.notes')}
        placeholder={t('response.notesPlaceholder')}
        value={response.notes}
        onChange={(notes) => setResponse({ ...response, notes })}
        readOnly={!ctx.editable}
        error={failure}
      />
    </SectionFrame>
  )
}

export function RecoveryEditor({ ctx }: { ctx: EditorContext }) {
  const { t } = useTranslation('postmortem')
  const id = ctx.incident.id
  const [recovery, setRecovery] = useSection(id, ctx.view, 'recovery')
  const failure = useSectionFailure(id, 'recovery')
  return (
    <SectionFrame
      part="recovery"
      incidentId={id}
      empty={isSectionEmpty('recovery', recovery)}
      editable={ctx.editable}
      refill="recovery"
    >
      <DurationField
        label={t('recovery.timeToResolve')}
        ms={recovery.timeToResolveMs}
        onChange={(timeToResolveMs) => setRecovery({ ...recovery, timeToResolveMs })}
        readOnly={!ctx.editable}
        description={
          <PrefilledNote
            prefilled={isPrefilled(recovery.timeToResolveMs, ctx.prefill?.recovery.timeToResolveMs)}
            source={t('sources.incidentTimes')}
          />
        }
      />
      <MarkdownField
        label={t('recovery.notes')}
        placeholder={t('recovery.notesPlaceholder')}
        value={recovery.notes}
        onChange={(notes) => setRecovery({ ...recovery, notes })}
        readOnly={!ctx.editable}
        error={failure}
      />
    </SectionFrame>
  )
}
