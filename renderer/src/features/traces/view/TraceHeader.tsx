import { useState } from 'react'
import { Alert, Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core'
import { Trans, useTranslation } from 'react-i18next'
import { PageTitle } from '../../../app/PageTitle'
import { routeHref } from '../../../app/router'
import { formatNumber } from '../../../i18n/format'
import { TimeText } from '../../../ui/TimeText'
import { useDisplayZone } from '../../settings/queries'
import { operationOf, serviceOf, type TraceModel } from '../trace-model'
import { formatTraceDuration, wordTraceMessage, wordTraceWarnings } from '../trace-messages'
import { tracesHref } from '../trace-route'
import { PinDialog } from './PinDialog'

function Origin({ model }: { model: TraceModel }) {
  const { t } = useTranslation('traces')
  const zone = useDisplayZone()
  const { origin } = model
  if (origin.kind === 'jaeger') {
    return (
      <Group gap={6}>
        <Text size="sm">{t('header.fromJaeger', { source: origin.sourceName })}</Text>
        <Badge variant="light" color="teal" size="sm" title={t('header.queryApiHint')}>
          {t('header.queryApi', { api: origin.api })}
        </Badge>
      </Group>
    )
  }
  if (origin.kind === 'file')
    return <Text size="sm">{t('header.importedFrom', { file: origin.fileName })}</Text>
  return (
    <Group gap={6}>
      <Badge variant="light" color="grape" size="sm">
        {t('header.pinnedEvidence')}
      </Badge>
      <Text size="sm">
        <Trans
          t={t}
          i18nKey="header.pinnedOrigin"
          values={{ caption: origin.caption, source: origin.sourceName }}
          components={{ time: <TimeText ms={origin.pinnedAt} zone={zone} withDate size="sm" /> }}
        />
      </Text>
    </Group>
  )
}

/** Normalization's findings (orphans, duplicate IDs, skew): one line, the list on demand. */
function TraceWarnings({ model }: { model: TraceModel }) {
  const { t } = useTranslation('traces')
  const [open, setOpen] = useState(false)
  const warnings = wordTraceWarnings(model.warnings, model.warningTexts)
  if (warnings.length === 0) return null
  const count = t('header.warnings', { count: warnings.length })
  return (
    <Stack gap={4}>
      <Group gap="xs">
        <Text size="sm" c="orange.8" fw={600}>
          ⚠ {count}
        </Text>
        <Button
          size="compact-xs"
          variant="subtle"
          color="orange"
          onClick={() => setOpen(!open)}
          aria-expanded={open}
        >
          {open ? t('header.hide') : t('header.show')}
        </Button>
      </Group>
      {open && (
        <Stack gap={2} component="ul" pl="md" my={0}>
          {warnings.map((warning, index) => (
            <Text key={index} size="sm" component="li">
              {warning}
            </Text>
          ))}
        </Stack>
      )}
    </Stack>
  )
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600} ff="monospace">
        {value}
      </Text>
    </Stack>
  )
}

/** The trace's name, size, where it came from, and the pin button. */
export function TraceHeader({
  model,
  incidentId,
}: {
  model: TraceModel
  incidentId: string | null
}) {
  const { t } = useTranslation('traces')
  const zone = useDisplayZone()
  const [pinning, setPinning] = useState(false)
  const root = model.mainRoot >= 0 ? model.mainRoot : (model.displayOrder[0] ?? -1)
  const title =
    root >= 0 ? `${serviceOf(model, root)}: ${operationOf(model, root)}` : t('header.emptyTrace')
  const pinnedHere = model.origin.kind === 'evidence' && model.origin.incidentId === incidentId
  return (
    <Stack gap="xs">
      <Anchor href={tracesHref(incidentId)} size="sm">
        {t('header.backToSearch')}
      </Anchor>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <PageTitle documentTitle={t('header.documentTitle', { title })}>{title}</PageTitle>
          <Text size="xs" c="dimmed" ff="monospace">
            {t('header.traceId', { traceId: model.traceId })}
          </Text>
        </Stack>
        <Group gap="xs" wrap="nowrap">
          {incidentId && (
            <Button
              component="a"
              variant="default"
              href={routeHref({ name: 'incident', id: incidentId })}
            >
              {t('header.incident')}
            </Button>
          )}
          <Button
            onClick={() => setPinning(true)}
            disabled={pinnedHere}
            title={pinnedHere ? t('header.alreadyPinned') : undefined}
          >
            {t('header.pin')}
          </Button>
        </Group>
      </Group>
      <Origin model={model} />
      <Group gap="xl">
        <Fact label={t('header.duration')} value={formatTraceDuration(model.traceDurationUs)} />
        <Fact label={t('header.spans')} value={formatNumber(model.spanCount)} />
        <Fact label={t('header.services')} value={String(model.services.length)} />
        <Fact label={t('header.depth')} value={String(model.maxDepth + 1)} />
        <Fact label={t('header.errors')} value={String(model.errorCount)} />
        <Stack gap={0}>
          <Text size="xs" c="dimmed">
            {t('header.started')}
          </Text>
          <TimeText ms={model.traceStartUs / 1000} zone={zone} withDate fw={600} />
        </Stack>
      </Group>
      <Alert variant="light" color="blue" py="xs" aria-label={t('header.whereTime')}>
        <Text size="sm">
          <Text span fw={700} size="sm">
            {t('header.whereTimeLead')}
          </Text>
          {wordTraceMessage(model.summaryText, model.summary)}
        </Text>
      </Alert>
      <TraceWarnings model={model} />
      {pinning && (
        <PinDialog
          model={model}
          incidentId={incidentId}
          defaultCaption={title}
          opened
          onClose={() => setPinning(false)}
        />
      )}
    </Stack>
  )
}
