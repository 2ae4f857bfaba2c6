import { parse } from 'yaml'
import { z } from 'zod'
import { englishText } from '../../i18n/english'
import { msg, type Message } from '../../i18n/messages'
import { PART_ORDER, type PartKey } from './sections'
import { compileTemplate, type CompiledTemplate, type TemplateProblem } from './template'
import { partsUsed, POSTMORTEM_VOCABULARY } from './vocabulary'

// A template file: YAML front matter (name, description, language) then the Markdown body with
// placeholders. The id is the file name without ".md".

export interface PostmortemTemplate {
  id: string
  name: string
  description: string
  /** BCP 47 tag of the template's own words, e.g. "en", "pt-BR". */
  language: string
  compiled: CompiledTemplate
  /** The parts of the postmortem this template shows, in editor order. */
  parts: PartKey[]
}

export const MAX_TEMPLATE_BYTES = 256 * 1024

const NAME_EMPTY = 'name is empty'
const NAME_TOO_LONG = 'name is longer than 100 characters'

const headerSchema = z.strictObject({
  name: z.string().trim().min(1, NAME_EMPTY).max(100, NAME_TOO_LONG),
  description: z.string().trim().max(1000).default(''),
  language: z.string().trim().min(2).max(20).default('en'),
})

const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n/

export type TemplateFileResult =
  { ok: true; template: PostmortemTemplate } | { ok: false; problems: TemplateProblem[] }

function headerProblem(text: Message): TemplateFileResult {
  return { ok: false, problems: [{ message: englishText(text), text, line: 1, placeholder: null }] }
}

const T = 'msgWork:templateFile'

/** The header's own refusals by key; zod's generic wording for the rest stays a value. */
function headerIssueMessage(issue: z.core.$ZodIssue | undefined): Message {
  if (issue?.message === NAME_EMPTY) return msg(`${T}.nameEmpty`)
  if (issue?.message === NAME_TOO_LONG) return msg(`${T}.nameTooLong`)
  const where = issue?.path.length ? `${issue.path.join('.')}: ` : ''
  return msg(`${T}.badHeader`, { where, problem: issue?.message ?? 'is invalid' })
}

export function parseTemplateFile(id: string, fileText: string): TemplateFileResult {
  const text = fileText.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  const header = FRONT_MATTER.exec(text)
  if (!header) {
    return headerProblem(msg(`${T}.noFrontMatter`))
  }
  let raw: unknown
  try {
    raw = parse(header[1] ?? '')
  } catch (error) {
    return headerProblem(msg(`${T}.badYaml`, { reason: (error as Error).message }))
  }
  const meta = headerSchema.safeParse(raw ?? {})
  if (!meta.success) return headerProblem(headerIssueMessage(meta.error.issues[0]))
  const bodyFirstLine = header[0].split('\n').length
  const body = text.slice(header[0].length)
  const compiled = compileTemplate(body, POSTMORTEM_VOCABULARY, { firstLine: bodyFirstLine })
  if (!compiled.ok) return compiled
  return {
    ok: true,
    template: {
      id,
      ...meta.data,
      compiled: compiled.template,
      parts: partsUsed(compiled.template.usedNames, PART_ORDER),
    },
  }
}
