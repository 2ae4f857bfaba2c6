import { useState } from 'react'
import { Alert, Badge, Button, Group, List, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { PostmortemView } from '../../../../shared/contract/postmortem'
import {
  POSTMORTEM_STATUSES,
  type PostmortemStatus,
} from '../../../../shared/domain/postmortem/model'
import { PART_ORDER, type PartKey } from '../../../../shared/domain/postmortem/sections'
import { BridgeCallError, errorMessage } from '../../bridge'
import { sectionHeadingId } from './editors/SectionFrame'
import classes from './Postmortem.module.css'
import { useSetPostmortemStatus } from './mutations'

const STATUS_COLORS: Record<PostmortemStatus, string> = {
  draft: 'gray',
  in_review: 'yellow',
  reviewed: 'blue',
  published: 'green',
}

type Move = 'sendForReview' | 'reopenReview' | 'amend' | 'backToDraft' | 'markReviewed' | 'publish'

/** What each move is called from where the postmortem is now. */
function moveOf(from: PostmortemStatus, to: PostmortemStatus): Move {
  if (to === 'in_review') return from === 'draft' ? 'sendForReview' : 'reopenReview'
  if (to === 'draft') return from === 'published' ? 'amend' : 'backToDraft'
  if (to === 'reviewed') return 'markReviewed'
  return 'publish'
}

const isForward = (from: PostmortemStatus, to: PostmortemStatus) =>
  POSTMORTEM_STATUSES.indexOf(to) > POSTMORTEM_STATUSES.indexOf(from)

/** The empty parts named by the backend's refusal, in document order. */
function emptyPartsOf(error: unknown): PartKey[] {
  if (!(error instanceof BridgeCallError) || error.info !== 'empty_sections') return []
  return PART_ORDER.filter((part) => part in error.fields)
}

function focusSection(part: PartKey): void {
  const heading = document.getElementById(sectionHeadingId(part))
  heading?.scrollIntoView({ block: 'start', behavior: 'smooth' })
  heading?.focus({ preventScroll: true })
}

export function StatusBadge({ status }: { status: PostmortemStatus }) {
  const { t } = useTranslation('postmortem')
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" size="lg">
      {t(`status.${status}`)}
    </Badge>
  )
}

/** Review status and the moves allowed from it; In review first lists what is still empty. */
export function ReviewControl({ incidentId, view }: { incidentId: string; view: PostmortemView }) {
  const { t } = useTranslation('postmortem')
  const setStatus = useSetPostmortemStatus(incidentId)
  const [target, setTarget] = useState<PostmortemStatus | null>(null)
  const current = view.postmortem.status
  const empty = setStatus.isError ? emptyPartsOf(setStatus.error) : []
  const move = (status: PostmortemStatus, allowEmptySections = false) => {
    setTarget(status)
    setStatus.mutate({ status, allowEmptySections })
  }
  return (
    <Stack gap="xs">
      <Group gap="xs" role="group" aria-label={t('review.groupLabel')} wrap="wrap">
        <Text size="sm" fw={500}>
          {t('review.label')}
        </Text>
        <StatusBadge status={current} />
        {view.allowedStatuses.map((status) => (
          <Button
            key={status}
            size="xs"
            variant={isForward(current, status) ? 'light' : 'default'}
            loading={setStatus.isPending && target === status}
            disabled={setStatus.isPending}
            onClick={() => move(status)}
          >
            {t(`review.move.${moveOf(current, status)}`)}
          </Button>
        ))}
      </Group>
      {empty.length > 0 ? (
        <EmptySectionsAlert
          parts={empty}
          onKeepWriting={() => {
            setStatus.reset()
            if (empty[0]) focusSection(empty[0])
          }}
          onSendAnyway={() => move('in_review', true)}
          sending={setStatus.isPending}
        />
      ) : (
        setStatus.isError && (
          <Alert color="red" variant="light" role="alert" p="xs">
            <Text size="sm">
              {t('review.notChanged', { reason: errorMessage(setStatus.error) })}
            </Text>
          </Alert>
        )
      )}
    </Stack>
  )
}

interface EmptySectionsAlertProps {
  parts: PartKey[]
  onKeepWriting: () => void
  onSendAnyway: () => void
  sending: boolean
}

function EmptySectionsAlert({
  parts,
  onKeepWriting,
  onSendAnyway,
  sending,
}: EmptySectionsAlertProps) {
  const { t } = useTranslation('postmortem')
  return (
    <Alert color="yellow" variant="light" role="alert" title={t('review.emptyTitle')}>
      <Stack gap="xs">
        <Text size="sm">{t('review.emptyIntro')}</Text>
        <List size="sm" aria-label={t('review.emptyListLabel')} className={classes.emptyList}>
          {parts.map((part) => (
            <List.Item key={part}>
              <Button variant="subtle" size="compact-sm" onClick={() => focusSection(part)}>
                {t(`parts.${part}`)}
              </Button>
            </List.Item>
          ))}
        </List>
        <Group gap="xs">
          <Button size="xs" onClick={onKeepWriting}>
            {t('review.keepWriting')}
          </Button>
          <Button size="xs" variant="default" loading={sending} onClick={onSendAnyway}>
            {t('review.sendAnyway')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  )
}
