import { Button, Group, Kbd, Modal, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { RUNBOOK_SHORTCUTS } from './shortcuts'
import { useRunbookUi } from './store'

/** The "?" help: every key the incident page answers to. */
export function ShortcutHelp() {
  const { t } = useTranslation('runbook')
  const open = useRunbookUi((state) => state.shortcutsOpen)
  const setOpen = useRunbookUi((state) => state.setShortcutsOpen)
  return (
    <Modal opened={open} onClose={() => setOpen(false)} title={t('shortcuts.title')} size="md">
      <Table verticalSpacing={6} aria-label={t('shortcuts.title')}>
        <Table.Tbody>
          {RUNBOOK_SHORTCUTS.map((shortcut) => (
            <Table.Tr key={shortcut.keys.join()}>
              <Table.Td w={110}>
                <Group gap={4} wrap="nowrap">
                  {shortcut.keys.map((key) => (
                    <Kbd key={key} size="sm">
                      {key === 'Space' ? t('shortcuts.spaceKey') : key}
                    </Kbd>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{t(`shortcuts.does.${shortcut.id}`)}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="xs" c="dimmed" mt="sm">
        {t('shortcuts.offWhileTyping')}
      </Text>
    </Modal>
  )
}

export function ShortcutHelpButton() {
  const { t } = useTranslation('runbook')
  const setOpen = useRunbookUi((state) => state.setShortcutsOpen)
  return (
    <Button
      size="compact-xs"
      variant="subtle"
      color="gray"
      onClick={() => setOpen(true)}
      aria-label={t('shortcuts.title')}
      aria-keyshortcuts="?"
      rightSection={<Kbd size="xs">?</Kbd>}
    >
      {t('shortcuts.title')}
    </Button>
  )
}
