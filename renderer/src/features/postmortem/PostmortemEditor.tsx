import type { ReactNode } from 'react'
import { Stack } from '@mantine/core'
import type { PartKey } from '../../../../shared/domain/postmortem/sections'
import { ActionItemsSection } from './action-items/ActionItemsSection'
import type { EditorContext } from './editors/context'
import { EvidenceEditor } from './editors/EvidenceEditor'
import { FiveWhysEditor, HypothesesRuledOutEditor, TagsEditor } from './editors/ListSections'
import {
  CommunicationEditor,
  isPlainSection,
  PlainSectionEditor,
  RootCauseEditor,
  TitleEditor,
} from './editors/SimpleSections'
import {
  DetectionEditor,
  ImpactEditor,
  RecoveryEditor,
  ResponseEditor,
} from './editors/TimingSections'
import { TimelineEditor } from './editors/TimelineEditor'
import { useAutosaver } from './use-autosave'

function editorFor(part: PartKey, ctx: EditorContext): ReactNode {
  if (isPlainSection(part)) return <PlainSectionEditor ctx={ctx} section={part} />
  switch (part) {
    case 'title':
      return <TitleEditor ctx={ctx} />
    case 'impact':
      return <ImpactEditor ctx={ctx} />
    case 'detection':
      return <DetectionEditor ctx={ctx} />
    case 'response':
      return <ResponseEditor ctx={ctx} />
    case 'recovery':
      return <RecoveryEditor ctx={ctx} />
    case 'timeline':
      return <TimelineEditor ctx={ctx} />
    case 'rootCause':
      return <RootCauseEditor ctx={ctx} />
    case 'fiveWhys':
      return <FiveWhysEditor ctx={ctx} />
    case 'hypothesesRuledOut':
      return <HypothesesRuledOutEditor ctx={ctx} />
    case 'actionItems':
      return <ActionItemsSection ctx={ctx} />
    case 'evidence':
      return <EvidenceEditor ctx={ctx} />
    case 'communication':
      return <CommunicationEditor ctx={ctx} />
    case 'tags':
      return <TagsEditor ctx={ctx} />
    default:
      return null
  }
}

/**
 * The sections the chosen template shows, in its order (tags always: they go in the front
 * matter). Leaving any field sends what was typed at once instead of waiting for the pause.
 */
export function PostmortemEditor({ ctx }: { ctx: EditorContext }) {
  const saver = useAutosaver(ctx.incident.id)
  const parts: PartKey[] = ctx.view.parts.includes('tags')
    ? ctx.view.parts
    : [...ctx.view.parts, 'tags']
  return (
    <Stack gap="lg" onBlur={() => void saver.flush()}>
      {parts.map((part) => (
        <div key={part}>{editorFor(part, ctx)}</div>
      ))}
    </Stack>
  )
}
