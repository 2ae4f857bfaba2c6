import { Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core'
import { isSectionEmpty } from '../../../../../shared/domain/postmortem/sections'
import { isPrefilled } from '../use-prefill'
import { useSection } from '../use-autosave'
import type { EditorContext } from './context'
import { ListField, MarkdownField, PrefilledNote } from './fields'
import { SectionFrame } from './SectionFrame'
import { useSectionFailure } from './SimpleSections'

export function FiveWhysEditor({ ctx }: { ctx: EditorContext }) {
  const id = ctx.incident.id
  const [pairs, setPairs] = useSection(id, ctx.view, 'fiveWhys')
  const failure = useSectionFailure(id, 'fiveWhys')
  const edit = (index: number, change: Partial<{ why: string; because: string }>) =>
    setPairs(pairs.map((pair, i) => (i === index ? { ...pair, ...change } : pair)))
  return (
    <SectionFrame
      part="fiveWhys"
      incidentId={id}
      empty={isSectionEmpty('fiveWhys', pairs)}
      editable={ctx.editable}
    >
      <Text size="sm" c="dimmed">
        Ask why the problem happened, then why that answer happened, five times over. Each
        &ldquo;because&rdquo; is the next &ldquo;why&rdquo;.
      </Text>
      {failure && (
        <Text size="sm" c="red" role="alert">
          {failure}
        </Text>
      )}
      {pairs.map((pair, index) => (
        <SimpleGrid key={index} cols={{ base: 1, sm: 2 }} spacing="sm">
          <MarkdownField
            label={`Why ${index + 1}`}
            value={pair.why}
            onChange={(why) => edit(index, { why })}
            readOnly={!ctx.editable}
            minRows={1}
          />
          <MarkdownField
            label={`Because ${index + 1}`}
            value={pair.because}
            onChange={(because) => edit(index, { because })}
            readOnly={!ctx.editable}
            minRows={1}
          />
        </SimpleGrid>
      ))}
    </SectionFrame>
  )
}

export function HypothesesRuledOutEditor({ ctx }: { ctx: EditorContext }) {
  const id = ctx.incident.id
  const [rows, setRows] = useSection(id, ctx.view, 'hypothesesRuledOut')
  const failure = useSectionFailure(id, 'hypothesesRuledOut')
  const prefilled = isPrefilled(rows, ctx.prefill?.hypothesesRuledOut)
  const edit = (index: number, change: Partial<{ text: string; reason: string }>) =>
    setRows(rows.map((row, i) => (i === index ? { ...row, ...change } : row)))
  return (
    <SectionFrame
      part="hypothesesRuledOut"
      incidentId={id}
      empty={isSectionEmpty('hypothesesRuledOut', rows)}
      editable={ctx.editable}
      refill="hypothesesRuledOut"
    >
      {prefilled && (
        <PrefilledNote prefilled source="the hypotheses ruled out during the incident" />
      )}
      {failure && (
        <Text size="sm" c="red" role="alert">
          {failure}
        </Text>
      )}
      {rows.length === 0 && (
        <Text size="sm" c="dimmed">
          No hypothesis was ruled out. Add the ones worth telling: they save the next responder from
          checking them again.
        </Text>
      )}
      {rows.map((row, index) => (
        <RuledOutRow
          key={index}
          number={index + 1}
          row={row}
          editable={ctx.editable}
          onChange={(change) => edit(index, change)}
          onRemove={() => setRows(rows.filter((_, i) => i !== index))}
        />
      ))}
      {ctx.editable && (
        <Group>
          <Button
            size="xs"
            variant="light"
            onClick={() => setRows([...rows, { hypothesisId: null, text: '', reason: '' }])}
          >
            Add a ruled-out hypothesis
          </Button>
        </Group>
      )}
    </SectionFrame>
  )
}

interface RuledOutRowProps {
  number: number
  row: { text: string; reason: string }
  editable: boolean
  onChange: (change: Partial<{ text: string; reason: string }>) => void
  onRemove: () => void
}

function RuledOutRow({ number, row, editable, onChange, onRemove }: RuledOutRowProps) {
  return (
    <Paper withBorder p="sm" radius="sm">
      <Stack gap="xs">
        <MarkdownField
          label={`Ruled-out hypothesis ${number}`}
          value={row.text}
          onChange={(text) => onChange({ text })}
          readOnly={!editable}
          minRows={1}
        />
        <MarkdownField
          label={`Why it was ruled out ${number}`}
          value={row.reason}
          onChange={(reason) => onChange({ reason })}
          readOnly={!editable}
          minRows={1}
        />
        {editable && (
          <Group justify="flex-end">
            <Button
              size="compact-xs"
              variant="subtle"
              color="red"
              onClick={onRemove}
              aria-label={`Remove ruled-out hypothesis ${number}`}
            >
              Remove
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  )
}

export function TagsEditor({ ctx }: { ctx: EditorContext }) {
  const id = ctx.incident.id
  const [tags, setTags] = useSection(id, ctx.view, 'tags')
  const failure = useSectionFailure(id, 'tags')
  return (
    <SectionFrame part="tags" incidentId={id} empty={false} editable={ctx.editable}>
      <ListField
        label="Tags"
        description={failure ?? 'Comma-separated; exported in the front matter for filtering.'}
        placeholder="database, failover"
        values={tags}
        onChange={setTags}
        readOnly={!ctx.editable}
      />
    </SectionFrame>
  )
}
