import type { GitResult } from '../../../../shared/contract/archive'
import { englishText } from '../../../../shared/i18n/english'
import type { Message } from '../../../../shared/i18n/messages'
import { i18n } from '../../i18n'
import { wordMessage } from '../../i18n/messages'

/**
 * What git printed, as one text. The line Firebreak added itself ("Nothing to commit…",
 * "Stopped after 60 s.") ends stdout or stderr in English; it is worded in the UI language
 * where it stands. git's own words are shown as git wrote them.
 */
export function gitOutputText(result: GitResult): string {
  let { stdout, stderr } = result
  const note = result.note
  if (note && i18n.exists(note.key)) {
    const english = englishText(note as Message)
    const worded = wordMessage(note, english)
    const reword = (text: string) =>
      text.endsWith(english) ? text.slice(0, text.length - english.length) + worded : text
    if (stdout.endsWith(english)) stdout = reword(stdout)
    else stderr = reword(stderr)
  }
  return [stdout, stderr].filter((part) => part.trim()).join('\n')
}
