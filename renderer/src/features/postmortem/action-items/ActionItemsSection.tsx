import { Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { EditorContext } from '../editors/context'
import { SectionFrame } from '../editors/SectionFrame'
import { ActionItemCard } from './ActionItemCard'
import classes from './ActionItems.module.css'
import { AddActionItemForm } from './AddActionItemForm'

export function ActionItemsSection({ ctx }: { ctx: EditorContext }) {
  const { t } = useTranslation('postmortem')
  const { view, editable } = ctx
  const incidentId = ctx.incident.id
  const items = view.actionItems
  return (
    <SectionFrame
      part="actionItems"
      incidentId={incidentId}
      empty={items.length === 0}
      editable={editable}
    >
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('actionItems.none')}
        </Text>
      ) : (
        <ol className={classes.list} aria-label={t('actionItems.listLabel')}>
          {items.map((item, index) => (
            <ActionItemCard
              key={item.id}
              incidentId={incidentId}
              item={item}
              number={index + 1}
              editable={editable}
            />
          ))}
        </ol>
      )}
      {editable && <AddActionItemForm incidentId={incidentId} />}
    </SectionFrame>
  )
}
