import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import {
  MAX_TEMPLATE_BYTES,
  parseTemplateFile,
  type PostmortemTemplate,
} from '../../../shared/domain/postmortem/template-file'
import { englishText } from '../../../shared/i18n/english'
import { msg, type Message } from '../../../shared/i18n/messages'
import { templatesDir } from '../runbooks/templates-dir'

// Loads postmortem templates: the shipped ones, then the user's from <dataDir>/postmortem-templates
// (a user file with a shipped file's name replaces it). A broken file is listed with its problems
// and never stops the others.

export type TemplateOrigin = 'shipped' | 'user'

export interface LoadedTemplate extends PostmortemTemplate {
  origin: TemplateOrigin
  filePath: string
}

export interface TemplateLoadError {
  file: string
  origin: TemplateOrigin
  /** In English, prefixed with "Line N: " when it has a line. */
  message: string
  /** The problem itself (without the line) as a catalogue message, for the reader's language. */
  text: Message
  line: number | null
  placeholder: string | null
}

export interface TemplateCatalog {
  /** By name, shipped and user together. */
  templates: LoadedTemplate[]
  errors: TemplateLoadError[]
}

export const USER_TEMPLATES_FOLDER = 'postmortem-templates'
const T = 'msgWork:templateFile'

export function shippedPostmortemTemplatesDir(): string {
  return join(templatesDir(), 'postmortems')
}

export function userPostmortemTemplatesDir(dataDir: string): string {
  return join(dataDir, USER_TEMPLATES_FOLDER)
}

function templateFiles(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((name) => name.toLowerCase().endsWith('.md') && name.toLowerCase() !== 'readme.md')
      .sort()
  } catch {
    return []
  }
}

function readTemplate(
  dir: string,
  file: string,
  origin: TemplateOrigin,
): LoadedTemplate | TemplateLoadError[] {
  const filePath = join(dir, file)
  const fail = (text: Message, line: number | null = null, placeholder: string | null = null) => {
    const problem = englishText(text)
    const message = line === null ? problem : englishText(msg(`${T}.atLine`, { line, problem }))
    return [{ file, origin, message, text, line, placeholder }]
  }
  try {
    if (statSync(filePath).size > MAX_TEMPLATE_BYTES) {
      return fail(msg(`${T}.tooBig`, { kb: MAX_TEMPLATE_BYTES / 1024 }))
    }
    const id = file.replace(/\.md$/i, '')
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(id)) return fail(msg(`${T}.badFileName`))
    const parsed = parseTemplateFile(id, readFileSync(filePath, 'utf8'))
    if (parsed.ok) return { ...parsed.template, origin, filePath }
    return parsed.problems.flatMap((p) => fail(p.text, p.line, p.placeholder))
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return fail(msg(`${T}.unreadable`, { reason }))
  }
}

export function loadPostmortemTemplates(
  shippedDir: string,
  userDir: string | null,
): TemplateCatalog {
  const byId = new Map<string, LoadedTemplate>()
  const errors: TemplateLoadError[] = []
  const sources: [string, TemplateOrigin][] = [[shippedDir, 'shipped']]
  if (userDir) sources.push([userDir, 'user'])
  for (const [dir, origin] of sources) {
    for (const file of templateFiles(dir)) {
      const loaded = readTemplate(dir, file, origin)
      if (Array.isArray(loaded)) errors.push(...loaded)
      else byId.set(loaded.id, loaded)
    }
  }
  const templates = [...byId.values()].sort((a, b) => a.name.localeCompare(b.name))
  return { templates, errors }
}

/** The catalog for this data folder. */
export function templateCatalog(dataDir: string): TemplateCatalog {
  return loadPostmortemTemplates(
    shippedPostmortemTemplatesDir(),
    userPostmortemTemplatesDir(dataDir),
  )
}
