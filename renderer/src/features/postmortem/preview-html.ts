import createDOMPurify, { type DOMPurify } from 'dompurify'
import { marked } from 'marked'
import { i18n } from '../../i18n'

// The postmortem preview: the exported Markdown (rendered and escaped by the backend's shared
// code), turned into HTML by marked, then always sanitized by DOMPurify before it reaches the
// page. A purifier of our own, so hooks other features add to the shared one do not apply here
// and ours do not leak out.

let purifier: DOMPurify | null = null

/** Links to the exported evidence folder mean nothing inside the app: they must not navigate it. */
function isRelative(url: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('//') && !url.startsWith('#')
}

function purifierFor(): DOMPurify {
  if (purifier) return purifier
  const created = createDOMPurify(window)
  created.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'A') {
      const href = node.getAttribute('href') ?? ''
      if (href && isRelative(href)) {
        node.removeAttribute('href')
        node.setAttribute('title', i18n.t('postmortem:preview.evidenceLink', { path: href }))
        return
      }
      node.setAttribute('target', '_blank')
      node.setAttribute('rel', 'noopener noreferrer')
    }
    if (node.tagName === 'IMG') {
      const src = node.getAttribute('src') ?? ''
      // Exported charts sit beside the file; here they would be broken images (or requests).
      if (isRelative(src)) {
        node.removeAttribute('src')
        node.setAttribute('data-evidence-file', src)
      }
      node.setAttribute('loading', 'lazy')
    }
  })
  purifier = created
  return created
}

/**
 * Sanitized DOM for a piece of the postmortem's Markdown, ready to insert: a fragment, so the
 * HTML is parsed once (by DOMPurify) instead of serialized and parsed again by innerHTML.
 */
export function previewFragment(markdown: string): DocumentFragment {
  const html = marked.parse(markdown, { async: false, gfm: true, breaks: false })
  return purifierFor().sanitize(html, {
    USE_PROFILES: { html: true },
    RETURN_DOM_FRAGMENT: true,
  })
}
