import type { LibraryFilters, LibrarySort } from '../../../shared/contract/library'

// The library's filters and sort orders as SQL over `incidents AS i`. Values always travel as
// bound parameters; only fixed fragments are concatenated.

export interface FilterSql {
  where: string
  params: Record<string, string | number>
}

export function filterSql(filters: LibraryFilters): FilterSql {
  const conditions: string[] = []
  const params: Record<string, string | number> = {}
  if (filters.severities.length > 0) {
    conditions.push('i.severity IN (SELECT value FROM json_each(@severities))')
    params.severities = JSON.stringify(filters.severities)
  }
  if (filters.statuses.length > 0) {
    conditions.push('i.status IN (SELECT value FROM json_each(@statuses))')
    params.statuses = JSON.stringify(filters.statuses)
  }
  if (filters.service) {
    conditions.push(
      'EXISTS (SELECT 1 FROM json_each(i.services) AS s WHERE lower(s.value) = lower(@service))',
    )
    params.service = filters.service
  }
  if (filters.tag) {
    conditions.push(`EXISTS (SELECT 1 FROM postmortem_sections AS ps, json_each(ps.value) AS t
      WHERE ps.incident_id = i.id AND ps.section = 'tags' AND lower(t.value) = lower(@tag))`)
    params.tag = filters.tag
  }
  if (filters.from !== null) {
    conditions.push('i.started_at >= @from')
    params.from = filters.from
  }
  if (filters.to !== null) {
    conditions.push('i.started_at < @to')
    params.to = filters.to
  }
  if (filters.origin !== 'all') {
    const exists = 'EXISTS (SELECT 1 FROM archive_entries AS a WHERE a.incident_id = i.id)'
    conditions.push(filters.origin === 'archive' ? exists : `NOT ${exists}`)
  }
  return { where: conditions.length ? conditions.join(' AND ') : '1', params }
}

export function hasFilters(filters: LibraryFilters): boolean {
  return filterSql(filters).where !== '1'
}

/** ORDER BY for a sort; relevance (only meaningful with words) falls back to newest. */
export function orderSql(sort: LibrarySort): string {
  switch (sort) {
    case 'oldest':
      return 'i.started_at ASC, i.id'
    case 'severity':
      return 'i.severity ASC, i.started_at DESC, i.id'
    case 'longest':
      return 'coalesce(i.resolved_at, @now) - i.started_at DESC, i.started_at DESC, i.id'
    case 'newest':
    case 'relevance':
      return 'i.started_at DESC, i.id'
  }
}
