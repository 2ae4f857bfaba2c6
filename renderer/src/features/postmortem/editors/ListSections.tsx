import { Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { isSectionEmpty } from '../../../../../shared/domain/postmortem/sections'
import { isPrefilled } from '../use-prefill'
import { useSection } from '../use-autosave'
import type { EditorContext } from './context'
import { ListField, MarkdownField, PrefilledNote } from './fields'
import { SectionFrame } from './SectionFrame'
import { useSectionFailure } from './SimpleSections'

export function FiveWhysEditor({ ctx }: { ctx: EditorContext }) {
  const { t } = useTranslation('postmortem')
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
        {t('fiveWhys.intro')}
      </Text>
      {failure && (
        <Text size="sm" c="red" role="alert">
          {failure}
        </Text>
      )}
      {pairs.map((pair, index) => (
        <SimpleGrid key={index} cols={{ base: 1, sm: 2 }} spacing="sm">
          <MarkdownField
            label={t('fiveWhys.why', { number: index + 1 })}
            value={pair.why}
            onChange={(why) => edit(index, { why })}
            readOnly={!ctx.editable}
            minRows={1}
          />
          <MarkdownField
            label={t('fiveWhys.because', { number: index + 1 })}
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
  const { t } = useTranslation('postmortem')
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
      {prefilled && <PrefilledNote prefilled source={t('sources.ruledOutHypotheses')} />}
      {failure && (
        <Text size="sm" c="red" role="alert">
          {failure}
        </Text>
      )}
      {rows.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('ruledOut.empty')}
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
            {t('ruledOut.add')}
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
  const { t } = useTranslation('postmortem')
  return (
    <Paper withBorder p="sm" radius="sm">
      <Stack gap="xs">
        <MarkdownField
          label={t('ruledOut.text', { number })}
          value={row.text}
          onChange={(text) => onChange({ text })}
          readOnly={!editable}
          minRows={1}
        />
        <MarkdownField
          label={t('ruledOut.reason', { number })}
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
              aria-label={t('ruledOut.removeLabel', { number })}
            >
              {t('ruledOut.remove')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  )
}

export function TagsEditor({ ctx }: { ctx: EditorContext }) {
  const { t } = useTranslation('postmortem')
  const id = ctx.incident.id
  const [tags, setTags] = useSection(id, ctx.view, 'tags')
  const failure = useSectionFailure(id, 'tags')
  return (
    <SectionFrame part="tags" incidentId={id} empty={false} editable={ctx.editable}>
      <ListField
        label={t('tags.label')}
        description={failure ?? t('tags.description')}
        placeholder={t('tags.placeholder')}
        values={tags}
        onChange={setTags}
        readOnly={!ctx.editable}
      />
    </SectionFrame>
  )
}
