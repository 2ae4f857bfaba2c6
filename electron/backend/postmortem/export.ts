import { mkdirSync, statSync, writeFileSync } from 'node:fs'
import { basename, dirname, isAbsolute, join, resolve } from 'node:path'
import { zipSync, type Zippable } from 'fflate'
import { AppError } from '../../../shared/contract/errors'
import { msg } from '../../../shared/i18n/messages'
import {
  compileRedaction,
  isPatternProblem,
  type RedactionOptions,
  type Redactor,
} from '../../../shared/domain/postmortem/redact'
import {
  evidenceSummaryMarkdown,
  planExport,
  renderPostmortem,
  type ExportPlan,
  type RenderedPostmortem,
} from '../../../shared/domain/postmortem/render'
import { reviewAppendixMarkdown, withReviewAppendix } from '../../../shared/domain/review/appendix'
import { listReviewComments } from '../handlers/review'
import type { HandlerDeps } from '../handlers/types'
import { evidencePng } from '../repositories/evidence'
import { loadDocument } from './service'

// Export: the Markdown file and, beside it, the evidence folder (chart PNGs as pinned, Markdown
// summaries of charts and traces). The text comes from the same pure renderer as the preview.

export function redactorFor(options: RedactionOptions): Redactor {
  const compiled = compileRedaction(options)
  if (!isPatternProblem(compiled)) return compiled
  const { index, pattern, kind, text } = compiled
  const numbered = msg(`msgFiles:export.patternNumbered.${kind}`, {
    ...text.params,
    number: index + 1,
    pattern,
  })
  throw new AppError('invalid_input', numbered, {
    fields: { [`redaction.customPatterns.${index}`]: text },
  })
}

function planForExport(
  deps: HandlerDeps,
  incidentId: string,
  redaction: RedactionOptions,
): ExportPlan {
  const redactor = redactorFor(redaction)
  return planExport(loadDocument(deps, incidentId).doc, redactor)
}

export interface MarkdownExportOptions {
  /** Adds the incident's review comments (redacted like the rest) as an appendix at the end. */
  includeReviewComments?: boolean
}

/** The file's text, as export, copy, preview and archive publishing all write it. */
export function renderForExport(
  deps: HandlerDeps,
  incidentId: string,
  redaction: RedactionOptions,
  options: MarkdownExportOptions = {},
): RenderedPostmortem {
  const redactor = redactorFor(redaction)
  const { doc, template } = loadDocument(deps, incidentId)
  const rendered = renderPostmortem(doc, template.compiled, {
    templateId: doc.postmortem.templateId,
    redactor,
  })
  if (!options.includeReviewComments) return rendered
  // In the template's language: a Portuguese postmortem gets a Portuguese appendix.
  const appendix = reviewAppendixMarkdown(listReviewComments(deps.db, incidentId), doc.timeline, {
    redact: (text) => redactor.redact(text),
    language: template.language,
  })
  return {
    ...rendered,
    markdown: withReviewAppendix(rendered.markdown, appendix),
    body: withReviewAppendix(rendered.body, appendix),
  }
}

export interface ExportFile {
  /** Relative to the folder holding the Markdown file. */
  path: string
  bytes: Uint8Array
}

/** The evidence folder's files, read from the store (PNGs) or rendered (summaries). */
export function evidenceExportFiles(deps: HandlerDeps, rendered: ExportPlan): ExportFile[] {
  const { document, evidenceFiles } = rendered
  const items = new Map(document.evidence.map((item) => [item.id, item]))
  const captions = new Map(document.sections.evidence.map((e) => [e.evidenceId, e.caption]))
  const pngOf = new Map(
    evidenceFiles.filter((f) => f.content === 'png').map((f) => [f.evidenceId, basename(f.path)]),
  )
  const files: ExportFile[] = []
  for (const file of evidenceFiles) {
    const item = items.get(file.evidenceId)
    if (!item) continue
    if (file.content === 'png') {
      const png = evidencePng(deps.db, item.id)
      if (png) files.push({ path: file.path, bytes: png })
      continue
    }
    const caption = captions.get(item.id) ?? item.caption
    const text = evidenceSummaryMarkdown(item, caption, pngOf.get(item.id) ?? null)
    files.push({ path: file.path, bytes: Buffer.from(text, 'utf8') })
  }
  return files
}

function requireFolder(folder: string): string {
  if (!isAbsolute(folder)) {
    const message = msg('msgFiles:export.folder.notAbsolute')
    throw new AppError('invalid_input', message, { fields: { folder: message } })
  }
  const path = resolve(folder)
  const isDirectory = (() => {
    try {
      return statSync(path).isDirectory()
    } catch {
      return false
    }
  })()
  if (!isDirectory) {
    const message = msg('msgFiles:export.folder.missing', { folder: path })
    throw new AppError('invalid_input', message, { fields: { folder: message } })
  }
  return path
}

export interface FolderExport {
  markdownPath: string
  evidenceDir: string | null
  files: string[]
}

/** Writes <date>-<slug>.md and <slug>-evidence/ into `folder`, replacing an earlier export. */
export function exportToFolder(
  deps: HandlerDeps,
  incidentId: string,
  folder: string,
  redaction: RedactionOptions,
  options: MarkdownExportOptions = {},
): FolderExport {
  const root = requireFolder(folder)
  const rendered = renderForExport(deps, incidentId, redaction, options)
  const evidence = evidenceExportFiles(deps, rendered)
  const markdownPath = join(root, rendered.names.markdownFile)
  const written: string[] = []
  try {
    for (const file of evidence) {
      const target = join(root, file.path)
      mkdirSync(dirname(target), { recursive: true })
      writeFileSync(target, file.bytes)
      written.push(target)
    }
    writeFileSync(markdownPath, rendered.markdown, 'utf8')
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new AppError(
      'unavailable',
      msg('msgFiles:export.folder.writeFailed', { folder: root, reason }),
    )
  }
  const evidenceDir = evidence.length > 0 ? join(root, rendered.names.evidenceDir) : null
  return { markdownPath, evidenceDir, files: [markdownPath, ...written] }
}

/** The evidence folder as one zip (PNGs stored as they are: they are compressed already). */
export function evidenceZip(deps: HandlerDeps, incidentId: string, redaction: RedactionOptions) {
  const rendered = planForExport(deps, incidentId, redaction)
  const files = evidenceExportFiles(deps, rendered)
  const entries: Zippable = {}
  for (const file of files) {
    entries[file.path] = [file.bytes, { level: file.path.endsWith('.png') ? 0 : 6 }]
  }
  const zip = zipSync(entries, { mtime: new Date(rendered.document.incident.startedAt) })
  return {
    fileName: `${rendered.names.evidenceDir}.zip`,
    base64: Buffer.from(zip).toString('base64'),
    bytes: zip.length,
    files: files.length,
  }
}
