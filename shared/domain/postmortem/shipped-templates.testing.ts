// Test-only access to templates/postmortems (bundled by Vite at test time, so no node:fs in shared/).
import { parseTemplateFile, type PostmortemTemplate } from './template-file'

const FILES = import.meta.glob<string>('../../../templates/postmortems/*.md', {
  query: '?raw',
  import: 'default',
  eager: true,
})

export const shippedTemplateFiles = Object.entries(FILES).map(([path, text]) => ({
  id: path.replace(/^.*\//, '').replace(/\.md$/, ''),
  text,
}))

export function shippedTemplate(id: string): PostmortemTemplate {
  const file = shippedTemplateFiles.find((candidate) => candidate.id === id)
  if (!file) throw new Error(`No shipped postmortem template ${id}`)
  const parsed = parseTemplateFile(file.id, file.text)
  if (!parsed.ok) throw new Error(`${id}: ${JSON.stringify(parsed.problems)}`)
  return parsed.template
}
