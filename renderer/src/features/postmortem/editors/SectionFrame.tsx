import { useState, type ReactNode } from 'react'
import { Badge, Button, Group, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { PartKey, SectionKey } from '../../../../../shared/domain/postmortem/sections'
import { errorMessage } from '../../../bridge'
import { useRegenerateSection } from '../mutations'
import classes from '../Postmortem.module.css'

interface SectionFrameProps {
  part: PartKey
  incidentId: string
  empty: boolean
  editable: boolean
  /** Sections Firebreak can fill from the incident offer "Refill from the incident". */
  refill?: SectionKey
  children: ReactNode
}

export function sectionHeadingId(part: PartKey): string {
  return `postmortem-section-${part}`
}

/** One part of the postmortem: its heading, whether it is still empty, and its fields. */
export function SectionFrame({
  part,
  incidentId,
  empty,
  editable,
  refill,
  children,
}: SectionFrameProps) {
  const { t } = useTranslation('postmortem')
  const headingId = sectionHeadingId(part)
  return (
    <section aria-labelledby={headingId} className={classes.section} data-part={part}>
      <Group justify="space-between" align="center" mb="xs" wrap="nowrap">
        <Group gap="xs" wrap="nowrap">
          <Title order={2} size="h4" id={headingId} tabIndex={-1}>
            {t(`parts.${part}`)}
          </Title>
          {empty && (
            <Badge color="gray" variant="light" size="sm">
              {t('section.empty')}
            </Badge>
          )}
        </Group>
        {refill && editable && <RefillButton incidentId={incidentId} section={refill} />}
      </Group>
      <Stack gap="sm">{children}</Stack>
    </section>
  )
}

function RefillButton({ incidentId, section }: { incidentId: string; section: SectionKey }) {
  const { t } = useTranslation('postmortem')
  const regenerate = useRegenerateSection(incidentId)
  const [asking, setAsking] = useState(false)
  const label = t(`parts.${section}`)
  if (!asking) {
    return (
      <Stack gap={2} align="flex-end">
        <Button
          size="compact-xs"
          variant="subtle"
          onClick={() => setAsking(true)}
          aria-label={t('section.refillLabel', { section: label })}
        >
          {t('section.refill')}
        </Button>
        {regenerate.isError && (
          <Text size="xs" c="red" role="alert">
            {t('section.refillFailed', { reason: errorMessage(regenerate.error) })}
          </Text>
        )}
      </Stack>
    )
  }
  return (
    <Group
      gap={6}
      wrap="nowrap"
      role="group"
      aria-label={t('section.refillGroup', { section: label })}
    >
      <Text size="xs">{t('section.replaceQuestion')}</Text>
      <Button
        size="compact-xs"
        color="red"
        variant="light"
        loading={regenerate.isPending}
        onClick={() => regenerate.mutate(section, { onSettled: () => setAsking(false) })}
      >
        {t('section.replace')}
      </Button>
      <Button size="compact-xs" variant="default" onClick={() => setAsking(false)}>
        {t('section.cancel')}
      </Button>
    </Group>
  )
}
