import { interpolate } from '@/i18n/interpolate'
import type { Locale } from '@/i18n/locales'
import type { RepositoryStrings } from '@/i18n/strings/repository/en'
import type { PracticeSearchResult } from './search/types'
import { activeFilters } from './searchUrl'

const MAX_NAMED_FILTERS = 3

/** The filters in force by name, e.g. "Europe, Mobility and transport". */
function filterNames(result: PracticeSearchResult, strings: RepositoryStrings): string[] {
  return activeFilters(result.params).map((filter) => {
    if (filter.facet === 'year') {
      return interpolate(filter.value === 'from' ? strings.filters.yearFromChip : strings.filters.yearToChip, { year: filter.year })
    }
    if (filter.facet === 'mission') return strings.filters.facets.mission
    return result.facets[filter.facet].find((value) => value.value === filter.value)?.label ?? filter.value
  })
}

/** The document title of a result page: what was searched for, or filtered on, and the page. */
export function practiceSearchTitle(result: PracticeSearchResult, strings: RepositoryStrings, locale: Locale): string {
  const { q, page } = result.params
  const names = filterNames(result, strings)
  let title = strings.title
  if (q.trim()) title = interpolate(strings.meta.searchTitle, { q: q.trim() })
  else if (names.length > 0) {
    const shown = names.slice(0, MAX_NAMED_FILTERS).join(', ') + (names.length > MAX_NAMED_FILTERS ? ' …' : '')
    title = interpolate(strings.meta.filteredTitle, { filters: shown })
  }
  return page > 1 ? `${title} (${interpolate(strings.meta.pageSuffix, { page }, locale)})` : title
}
