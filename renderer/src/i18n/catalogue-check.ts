// Compares a translation against the English source: every key present, the same
// placeholders and tags, nothing empty. Used by the catalogue test; pure so it is tested too.

export type Catalogue = { [key: string]: string | Catalogue }

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/

function flatten(catalogue: Catalogue, prefix = '', into = new Map<string, string>()) {
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') into.set(path, value)
    else flatten(value, path, into)
  }
  return into
}

/** {{name}} placeholders, $t(...) nestings and <0>…</0> tags, which must survive translation. */
function tokens(text: string): string {
  const found = text.match(/\{\{\s*[\w.]+(?:\s*,[^}]*)?\s*\}\}|\$t\([^)]*\)|<\/?\w+\s*\/?>/g) ?? []
  return [...new Set(found.map((t) => t.replace(/\s+/g, '')))].sort().join(' ')
}

/** The key without its plural suffix: plural forms differ between languages. */
function baseKey(key: string): string {
  return key.replace(PLURAL_SUFFIX, '')
}

export function compareCatalogues(source: Catalogue, translation: Catalogue): string[] {
  const problems: string[] = []
  const sourceKeys = flatten(source)
  const translated = flatten(translation)
  const translatedBases = new Set([...translated.keys()].map(baseKey))
  const sourceBases = new Set([...sourceKeys.keys()].map(baseKey))
  for (const [key, text] of sourceKeys) {
    if (!translatedBases.has(baseKey(key))) {
      problems.push(`missing key "${key}"`)
      continue
    }
    const sameKey = translated.get(key) ?? translated.get(`${baseKey(key)}_other`)
    if (sameKey !== undefined && tokens(sameKey) !== tokens(text))
      problems.push(
        `"${key}" has placeholders ${tokens(sameKey) || 'none'}, English has ${tokens(text) || 'none'}`,
      )
  }
  for (const [key, text] of translated) {
    if (!sourceBases.has(baseKey(key))) problems.push(`unknown key "${key}" (not in English)`)
    if (text.trim() === '') problems.push(`empty text for "${key}"`)
  }
  for (const [key, text] of sourceKeys)
    if (text.trim() === '') problems.push(`empty English text for "${key}"`)
  return problems
}
