import { Button, Group, Kbd, Modal, Table, Text } from '@mantine/core'
import { RUNBOOK_SHORTCUTS } from './shortcuts'
import { useRunbookUi } from './store'

/** The "?" help: every key the incident page answers to. */
export function ShortcutHelp() {
  const open = useRunbookUi((state) => state.shortcutsOpen)
  const setOpen = useRunbookUi((state) => state.setShortcutsOpen)
  return (
    <Modal opened={open} onClose={() => setOpen(false)} title="Keyboard shortcuts" size="md">
      <Table verticalSpacing={6} aria-label="Keyboard shortcuts">
        <Table.Tbody>
          {RUNBOOK_SHORTCUTS.map((shortcut) => (
            <Table.Tr key={shortcut.keys.join()}>
              <Table.Td w={110}>
                <Group gap={4} wrap="nowrap">
                  {shortcut.keys.map((key) => (
                    <Kbd key={key} size="sm">
                      {key}
                    </Kbd>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{shortcut.does}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="xs" c="dimmed" mt="sm">
        Shortcuts are off while the cursor is in a text field, so typing never triggers them.
      </Text>
    </Modal>
  )
}

export function ShortcutHelpButton() {
  const setOpen = useRunbookUi((state) => state.setShortcutsOpen)
  return (
    <Button
      size="compact-xs"
      variant="subtle"
      color="gray"
      onClick={() => setOpen(true)}
      aria-label="Keyboard shortcuts"
      aria-keyshortcuts="?"
      rightSection={<Kbd size="xs">?</Kbd>}
    >
      Keyboard shortcuts
    </Button>
  )
}
