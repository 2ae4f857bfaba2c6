import { readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, extname, join } from 'node:path'
import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml'
import type { z } from 'zod'
import {
  DEFAULT_RUNBOOK_ID,
  definitionFromFile,
  runbookFileSchema,
  runbookIssueMessage,
  type RunbookDefinition,
} from '../../../shared/domain/runbook/definition'
import { englishText } from '../../../shared/i18n/english'
import { msg, type Message } from '../../../shared/i18n/messages'

// Loads runbook YAML files. A broken file never stops the others: it becomes a RunbookLoadError
// naming the file, the path inside it (steps[2].checklist) and the line, so its author can fix it.

export type RunbookOrigin = 'shipped' | 'user'

export interface RunbookProblem {
  /** In English, as logs and older clients read it. */
  message: string
  /** The same as a catalogue message, for the reader's language; absent when there is none. */
  text?: Message
  /** Where in the document, e.g. "steps[2].checklist"; null for the file as a whole. */
  path: string | null
  /** 1-based; null when the problem has no position (an unreadable file). */
  line: number | null
  column: number | null
}

export interface RunbookLoadError extends RunbookProblem {
  /** The file name, e.g. "my-runbook.yaml". */
  file: string
  filePath: string
  origin: RunbookOrigin
}

export interface LoadedRunbook {
  definition: RunbookDefinition
  origin: RunbookOrigin
  filePath: string
}

export interface RunbookCatalog {
  /** Default runbook first, then by name. */
  runbooks: LoadedRunbook[]
  errors: RunbookLoadError[]
}

export const MAX_RUNBOOK_FILE_BYTES = 1024 * 1024
/** Runbook ids travel in channel inputs, which cap ids at 100 characters. */
const MAX_RUNBOOK_ID_LENGTH = 100
/** A problem with the file as a whole, not at a place inside it. */
function wholeFile(text: Message): RunbookProblem {
  return { message: englishText(text), text, path: null, line: null, column: null }
}

const M = 'msgWork:runbookFile'
const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error))

const RUNBOOK_EXTENSIONS = new Set(['.yaml', '.yml'])
type Path = readonly PropertyKey[]

/** ["steps", 2, "checklist"] -> "steps[2].checklist" */
export function formatPath(path: Path): string {
  return path
    .map((part, i) =>
      typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`,
    )
    .join('')
}

function nodeAt(doc: Document, path: Path): unknown {
  try {
    return path.length === 0 ? doc.contents : doc.getIn(path as unknown[], true)
  } catch {
    return undefined
  }
}

function startOffset(node: unknown): number | null {
  const range = (node as { range?: unknown } | null | undefined)?.range
  return Array.isArray(range) && typeof range[0] === 'number' ? range[0] : null
}

/**
 * The position of `path`, or of its nearest ancestor present in the document (a missing key
 * points at the mapping that lacks it). `key` points at that key inside the mapping instead.
 */
function locate(doc: Document, lines: LineCounter, path: Path, key?: string) {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = nodeAt(doc, path.slice(0, depth))
    let offset = startOffset(node)
    if (key !== undefined && depth === path.length && isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && p.key.value === key)
      offset = startOffset(pair?.key) ?? offset
    }
    if (offset !== null) return lines.linePos(offset)
  }
  return { line: 1, col: 1 }
}

function schemaProblem(doc: Document, lines: LineCounter, issue: z.core.$ZodIssue): RunbookProblem {
  const key = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined
  const path = key === undefined ? issue.path : [...issue.path, key]
  const { line, col } = locate(doc, lines, issue.path, key)
  const text = runbookIssueMessage(issue)
  return {
    message: issue.message,
    ...(text ? { text } : {}),
    path: path.length ? formatPath(path) : null,
    line,
    column: col,
  }
}

/** The YAML parser's first error, without the code frame its message ends with. */
function syntaxProblem(doc: Document): RunbookProblem | null {
  const error = doc.errors[0]
  if (!error) return null
  const firstLine = error.message.split('\n')[0] ?? error.message
  const message = firstLine.replace(/ at line \d+, column \d+:?$/, '')
  const pos = error.linePos?.[0]
  const text = msg(`${M}.syntax`, { reason: message })
  return {
    message: englishText(text),
    text,
    path: null,
    line: pos?.line ?? null,
    column: pos?.col ?? null,
  }
}

export type ParsedRunbook =
  { ok: true; definition: RunbookDefinition } | { ok: false; problem: RunbookProblem }

/** Parses and validates one runbook's text; never throws. */
export function parseRunbookText(id: string, text: string): ParsedRunbook {
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true })
  const syntax = syntaxProblem(doc)
  if (syntax) return { ok: false, problem: syntax }
  if (doc.contents === null) {
    return { ok: false, problem: { ...wholeFile(msg(`${M}.emptyFile`)), line: 1, column: 1 } }
  }
  let data: unknown
  try {
    // A small alias budget stops "billion laughs" documents from exhausting memory.
    data = doc.toJS({ maxAliasCount: 100 })
  } catch (error) {
    return { ok: false, problem: wholeFile(msg(`${M}.yaml`, { reason: reasonOf(error) })) }
  }
  const parsed = runbookFileSchema.safeParse(data)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const problem = issue ? schemaProblem(doc, lines, issue) : wholeFile(msg(`${M}.invalid`))
    return { ok: false, problem }
  }
  return { ok: true, definition: definitionFromFile(id, parsed.data) }
}

function readRunbookFile(filePath: string): string | RunbookProblem {
  try {
    const size = statSync(filePath).size
    if (size > MAX_RUNBOOK_FILE_BYTES) {
      return wholeFile(msg(`${M}.tooBig`, { size }))
    }
    return readFileSync(filePath, 'utf8')
  } catch (error) {
    return wholeFile(msg(`${M}.unreadable`, { reason: reasonOf(error) }))
  }
}

function runbookFilesIn(dir: string, origin: RunbookOrigin): string[] | RunbookProblem {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter(
        (entry) => entry.isFile() && RUNBOOK_EXTENSIONS.has(extname(entry.name).toLowerCase()),
      )
      .map((entry) => entry.name)
      .sort()
  } catch (error) {
    // A user who never created <dataDir>/runbooks simply has no runbooks of their own; missing
    // shipped runbooks mean a broken installation, which the picker should say.
    if (origin === 'user') return []
    return wholeFile(msg(`${M}.shippedUnreadable`, { reason: reasonOf(error) }))
  }
}

export interface RunbookFolder {
  dir: string
  origin: RunbookOrigin
}

/**
 * Loads every folder in order. A later folder's runbook replaces an earlier one with the same
 * id (a user's service-degradation.yaml overrides the shipped one); if the user's copy is broken,
 * the shipped one stays and the error is listed.
 */
export function loadRunbookCatalog(folders: readonly RunbookFolder[]): RunbookCatalog {
  const byId = new Map<string, LoadedRunbook>()
  const errors: RunbookLoadError[] = []
  for (const { dir, origin } of folders) {
    const seenHere = new Set<string>()
    const files = runbookFilesIn(dir, origin)
    if (!Array.isArray(files)) {
      errors.push({ file: basename(dir), filePath: dir, origin, ...files })
      continue
    }
    for (const file of files) {
      const filePath = join(dir, file)
      const id = basename(file, extname(file))
      const fail = (problem: RunbookProblem) => errors.push({ file, filePath, origin, ...problem })
      if (seenHere.has(id)) {
        fail(wholeFile(msg(`${M}.duplicateFile`, { id })))
        continue
      }
      seenHere.add(id)
      if (id.length > MAX_RUNBOOK_ID_LENGTH) {
        fail(wholeFile(msg(`${M}.nameTooLong`, { max: MAX_RUNBOOK_ID_LENGTH })))
        continue
      }
      const text = readRunbookFile(filePath)
      if (typeof text !== 'string') {
        fail(text)
        continue
      }
      const parsed = parseRunbookText(id, text)
      if (parsed.ok) byId.set(id, { definition: parsed.definition, origin, filePath })
      else fail(parsed.problem)
    }
  }
  return { runbooks: [...byId.values()].sort(defaultFirstThenName), errors }
}

function defaultFirstThenName(a: LoadedRunbook, b: LoadedRunbook): number {
  const rank = (r: LoadedRunbook) => (r.definition.id === DEFAULT_RUNBOOK_ID ? 0 : 1)
  return rank(a) - rank(b) || a.definition.name.localeCompare(b.definition.name)
}

/** The shipped runbooks plus the user's own from `<dataDir>/runbooks/`. */
export function loadRunbooks(shippedDir: string, userDir: string): RunbookCatalog {
  return loadRunbookCatalog([
    { dir: shippedDir, origin: 'shipped' },
    { dir: userDir, origin: 'user' },
  ])
}
