import { Alert, Button, Group, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { errorMessage } from '../../bridge'
import { useDeleteSlo } from './queries'

interface ConfirmDeleteSloProps {
  sloId: string
  title: string
  service: string
  onCancel: () => void
}

/**
 * Deleting asks first: an SLO is typed in by hand and every incident of its service is measured
 * against it, so one stray click must not lose it.
 */
export function ConfirmDeleteSlo({ sloId, title, service, onCancel }: ConfirmDeleteSloProps) {
  const { t } = useTranslation('slo')
  const remove = useDeleteSlo()
  return (
    <Alert
      color="red"
      variant="light"
      p="xs"
      role="alertdialog"
      aria-label={t('delete.question', { title })}
    >
      <Stack gap="xs">
        <Text size="sm">{t('delete.explain', { title, service })}</Text>
        <Group gap="xs">
          <Button
            size="xs"
            color="red"
            loading={remove.isPending}
            onClick={() => remove.mutate(sloId)}
          >
            {t('delete.confirm')}
          </Button>
          <Button size="xs" variant="default" onClick={onCancel}>
            {t('delete.keep')}
          </Button>
        </Group>
        {remove.isError && (
          <Text size="sm" c="red" role="alert">
            {t('delete.failed', { reason: errorMessage(remove.error) })}
          </Text>
        )}
      </Stack>
    </Alert>
  )
}
