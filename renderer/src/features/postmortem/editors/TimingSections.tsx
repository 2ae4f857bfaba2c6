import { Group, NumberInput, TextInput } from '@mantine/core'
import {
  isSectionEmpty,
  type PostmortemSections,
} from '../../../../../shared/domain/postmortem/sections'
import { isPrefilled } from '../use-prefill'
import { useSection } from '../use-autosave'
import type { EditorContext } from './context'
import { DurationField, ListField, MarkdownField, PrefilledNote } from './fields'
import { SectionFrame } from './SectionFrame'
import { useSectionFailure } from './SimpleSections'

const FROM_TIMES = 'the incident times'

export function ImpactEditor({ ctx }: { ctx: EditorContext }) {
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
        label="Affected services"
        description={
          <PrefilledNote
            prefilled={isPrefilled(impact.affectedServices, prefill?.affectedServices)}
            source="the incident"
          />
        }
        placeholder="checkout-api, payments-db"
        values={impact.affectedServices}
        onChange={(affectedServices) => setImpact({ ...impact, affectedServices })}
        readOnly={readOnly}
      />
      <TextInput
        label="Users affected"
        placeholder="e.g. About 12% of checkout attempts in the EU"
        value={impact.usersAffected}
        onChange={(event) => setImpact({ ...impact, usersAffected: event.currentTarget.value })}
        readOnly={readOnly}
        error={failure}
      />
      <MarkdownField
        label="Impact description"
        placeholder="What users saw, and what it cost."
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
  return (
    <Group align="flex-start" gap="md" wrap="wrap">
      <DurationField
        label="Duration"
        ms={impact.durationMs}
        onChange={(durationMs) => setImpact({ ...impact, durationMs })}
        readOnly={readOnly}
        description={
          <PrefilledNote
            prefilled={isPrefilled(impact.durationMs, prefill?.durationMs)}
            source={FROM_TIMES}
          />
        }
      />
      <NumberInput
        label="Error budget consumed (%)"
        description="When known"
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
        readOnly={readOnly}
        w={220}
      />
    </Group>
  )
}

export function DetectionEditor({ ctx }: { ctx: EditorContext }) {
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
        label="Time to detect"
        ms={detection.timeToDetectMs}
        onChange={(timeToDetectMs) => setDetection({ ...detection, timeToDetectMs })}
        readOnly={!ctx.editable}
        description={
          <PrefilledNote
            prefilled={isPrefilled(detection.timeToDetectMs, prefill?.timeToDetectMs)}
            source={FROM_TIMES}
          />
        }
      />
      <MarkdownField
        label="How it was detected"
        placeholder="Alert, customer report, a colleague noticing…"
        description={
          isPrefilled(detection.how, prefill?.how) ? (
            <PrefilledNote prefilled source="the first alert on the timeline" />
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
          label="Time to acknowledge"
          ms={response.timeToAcknowledgeMs}
          onChange={(timeToAcknowledgeMs) => setResponse({ ...response, timeToAcknowledgeMs })}
          readOnly={!ctx.editable}
          description={
            <PrefilledNote
              prefilled={isPrefilled(response.timeToAcknowledgeMs, prefill?.timeToAcknowledgeMs)}
              source={FROM_TIMES}
            />
          }
        />
        <DurationField
          label="Time to mitigate"
          ms={response.timeToMitigateMs}
          onChange={(timeToMitigateMs) => setResponse({ ...response, timeToMitigateMs })}
          readOnly={!ctx.editable}
          description={
            <PrefilledNote
              prefilled={isPrefilled(response.timeToMitigateMs, prefill?.timeToMitigateMs)}
              source={FROM_TIMES}
            />
          }
        />
      </Group>
      <MarkdownField
        label="Response notes"
        placeholder="Who joined, what was tried, what worked."
        value={response.notes}
        onChange={(notes) => setResponse({ ...response, notes })}
        readOnly={!ctx.editable}
        error={failure}
      />
    </SectionFrame>
  )
}

export function RecoveryEditor({ ctx }: { ctx: EditorContext }) {
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
        label="Time to resolve"
        ms={recovery.timeToResolveMs}
        onChange={(timeToResolveMs) => setRecovery({ ...recovery, timeToResolveMs })}
        readOnly={!ctx.editable}
        description={
          <PrefilledNote
            prefilled={isPrefilled(recovery.timeToResolveMs, ctx.prefill?.recovery.timeToResolveMs)}
            source={FROM_TIMES}
          />
        }
      />
      <MarkdownField
        label="Recovery notes"
        placeholder="How service came back, and how you knew it was back."
        value={recovery.notes}
        onChange={(notes) => setRecovery({ ...recovery, notes })}
        readOnly={!ctx.editable}
        error={failure}
      />
    </SectionFrame>
  )
}
