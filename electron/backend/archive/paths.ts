import { accessSync, constants, existsSync, mkdirSync, realpathSync, statSync } from 'node:fs'
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { AppError } from '../../../shared/contract/errors'
import { msg, type Message } from '../../../shared/i18n/messages'
import { slugOf } from '../../../shared/domain/postmortem/document'

// Paths inside the archive folder. Everything written goes through insideArchive(), which refuses
// any path that would land outside the folder (.., absolute paths, or a symlink pointing away).

const folderError = (message: Message) =>
  new AppError('invalid_input', message, { fields: { folder: message } })

/** The folder as the user gave it, checked and resolved (symlinks followed). */
export function checkFolder(folder: string): string {
  if (!isAbsolute(folder)) throw folderError(msg('msgFiles:archive.folder.notAbsolute'))
  let real: string
  try {
    real = realpathSync(resolve(folder))
  } catch {
    throw folderError(msg('msgFiles:archive.folder.missing', { folder }))
  }
  if (!statSync(real).isDirectory())
    throw folderError(msg('msgFiles:archive.folder.isFile', { folder }))
  try {
    accessSync(real, constants.R_OK | constants.W_OK)
  } catch {
    throw folderError(msg('msgFiles:archive.folder.notWritable', { folder }))
  }
  return real
}

/** True when the folder or one of its parents holds a .git entry (used when git is missing). */
export function looksLikeGitWorkingCopy(folder: string): boolean {
  let current = folder
  for (;;) {
    if (existsSync(join(current, '.git'))) return true
    const parent = dirname(current)
    if (parent === current) return false
    current = parent
  }
}

const SAFE_SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]*$/

/**
 * The absolute path of `relativePath` inside `root`, creating its parent folders. Refuses
 * anything that is not plain segments, and any parent that resolves outside the root.
 */
export function insideArchive(root: string, relativePath: string): string {
  const segments = relativePath.split('/')
  if (segments.length === 0 || !segments.every((s) => SAFE_SEGMENT.test(s))) {
    throw new AppError(
      'invalid_input',
      msg('msgFiles:archive.write.refused', { path: relativePath }),
    )
  }
  const target = resolve(root, ...segments)
  const parent = dirname(target)
  mkdirSync(parent, { recursive: true })
  const realParent = realpathSync(parent)
  const fromRoot = relative(root, realParent)
  if (fromRoot.startsWith('..') || isAbsolute(fromRoot)) {
    throw new AppError(
      'invalid_input',
      msg('msgFiles:archive.write.outside', { path: relativePath }),
    )
  }
  return join(realParent, target.slice(parent.length + sep.length))
}

/** "2026/03/checkout-latency-1a2b3c4d": the month the incident started (UTC) and its name. */
export function incidentDir(incident: { id: string; title: string; startedAt: number }): string {
  const iso = new Date(incident.startedAt).toISOString()
  const shortId =
    incident.id
      .replace(/[^A-Za-z0-9]/g, '')
      .slice(0, 8)
      .toLowerCase() || 'incident'
  return `${iso.slice(0, 4)}/${iso.slice(5, 7)}/${slugOf(incident.title)}-${shortId}`
}

export const BUNDLE_FILE = 'incident.firebreak-bundle.zip'
export const MARKDOWN_FILE = 'postmortem.md'
