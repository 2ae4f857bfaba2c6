import DOMPurify from 'dompurify'
import { marked } from 'marked'

// Links in instructions open outside the app: the incident page must never navigate away.
DOMPurify.addHook('afterSanitizeAttributes', (node) => {
  if (node.tagName !== 'A') return
  node.setAttribute('target', '_blank')
  node.setAttribute('rel', 'noopener noreferrer')
})

/**
 * Runbook instructions come from files anyone can drop in the data folder, so the HTML marked
 * produces is always sanitized before it reaches the page.
 */
export function renderMarkdown(markdown: string): string {
  const html = marked.parse(markdown, { async: false, gfm: true, breaks: false })
  return DOMPurify.sanitize(html, { USE_PROFILES: { html: true } })
}
