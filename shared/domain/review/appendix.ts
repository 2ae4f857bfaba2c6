import { textIn } from '../../i18n/in-language'
import { msg } from '../../i18n/messages'
import { escapeText } from '../postmortem/escape'
import type { TimelineEvent } from '../timeline'

// Review comments as an appendix to the postmortem: each commented event once, with its comments
// in the order they were written. Everything the user typed is escaped as plain text, so a comment
// can neither break the document nor inject HTML.

export interface AppendixComment {
  eventId: string
  text: string
  author: string
  createdAt: number
}

export interface AppendixOptions {
  /** Applied to every text before escaping (the export's redaction). */
  redact?: (text: string) => string
  /** The document's language (the postmortem template's), for the appendix's own words. */
  language?: string
}

/** The English heading, as English documents have it. */
export const APPENDIX_HEADING = '## Appendix: review comments'

const stamp = (at: number) => `${new Date(at).toISOString().slice(0, 16).replace('T', ' ')} UTC`

export function reviewAppendixMarkdown(
  comments: readonly AppendixComment[],
  events: readonly TimelineEvent[],
  options: AppendixOptions = {},
): string {
  if (comments.length === 0) return ''
  const clean = (text: string) => escapeText(options.redact ? options.redact(text) : text)
  const byEvent = new Map<string, AppendixComment[]>()
  for (const comment of [...comments].sort((a, b) => a.createdAt - b.createdAt)) {
    byEvent.set(comment.eventId, [...(byEvent.get(comment.eventId) ?? []), comment])
  }
  const known = new Map(events.map((event) => [event.id, event]))
  const ordered = [...byEvent.keys()].sort(
    (a, b) => (known.get(a)?.occurredAt ?? Infinity) - (known.get(b)?.occurredAt ?? Infinity),
  )
  const language = options.language ?? 'en'
  const lines = [`## ${textIn(language, msg('msgFiles:appendix.heading'))}`, '']
  for (const eventId of ordered) {
    const event = known.get(eventId)
    lines.push(
      event
        ? `- **${stamp(event.occurredAt)}**: ${clean(event.text)}`
        : `- **${textIn(language, msg('msgFiles:appendix.removedEvent'))}**`,
    )
    for (const comment of byEvent.get(eventId) ?? []) {
      const who = comment.author
        ? clean(comment.author)
        : textIn(language, msg('msgFiles:appendix.someone'))
      lines.push(`  - ${who} (${stamp(comment.createdAt)}): ${clean(comment.text)}`)
    }
  }
  return `${lines.join('\n')}\n`
}

/** The postmortem with the appendix at its end. */
export function withReviewAppendix(markdown: string, appendix: string): string {
  if (!appendix) return markdown
  return `${markdown.replace(/\s*$/, '')}\n\n${appendix}`
}
