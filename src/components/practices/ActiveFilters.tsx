import Link from 'next/link'

import { interpolate } from '@/i18n/interpolate'
import type { Locale } from '@/i18n/locales'
import type { RepositoryStrings } from '@/i18n/strings/repository/en'
import type { PracticeSearchResult } from '@/lib/practices/search/types'
import { type ActiveFilter, activeFilters, practicesHref, withoutFilter, withoutFilters } from '@/lib/practices/searchUrl'

type Props = { result: PracticeSearchResult; locale: Locale; strings: RepositoryStrings['filters'] }

function chipLabel(filter: ActiveFilter, result: PracticeSearchResult, strings: Props['strings']): string {
  if (filter.facet === 'year') {
    return interpolate(filter.value === 'from' ? strings.yearFromChip : strings.yearToChip, { year: filter.year })
  }
  if (filter.facet === 'mission') return strings.missionOnly
  if (filter.facet === 'evaluated') return strings.evaluation.evaluatedOnly
  if (filter.facet === 'label') return strings.evaluation.labelOnly
  const value = result.facets[filter.facet].find((candidate) => candidate.value === filter.value)
  return interpolate(strings.chip, { facet: strings.facets[filter.facet], value: value?.label ?? filter.value })
}

/** The filters in force, each a link that removes it, and one that removes them all. */
export function ActiveFilters({ result, locale, strings }: Props) {
  const { params } = result
  const filters = activeFilters(params)
  const q = params.q.trim()
  if (filters.length === 0 && !q) return null
  const withoutQuery = { ...params, q: '', page: 1 }
  return (
    <div className="active-filters">
      <p className="active-filters__title" id="active-filters-title">
        {strings.active}
      </p>
      <ul className="active-filters__list" aria-labelledby="active-filters-title">
        {q && (
          <li>
            <Link className="filter-chip" href={practicesHref(locale, withoutQuery)} prefetch={false}>
              <span className="visually-hidden">{strings.remove}: </span>
              {interpolate(strings.searchTerm, { q })}
              <span className="filter-chip__cross" aria-hidden="true" />
            </Link>
          </li>
        )}
        {filters.map((filter) => (
          <li key={`${filter.facet}:${filter.value}`}>
            <Link className="filter-chip" href={practicesHref(locale, withoutFilter(params, filter))} prefetch={false}>
              <span className="visually-hidden">{strings.remove}: </span>
              {chipLabel(filter, result, strings)}
              <span className="filter-chip__cross" aria-hidden="true" />
            </Link>
          </li>
        ))}
      </ul>
      {filters.length > 0 && (
        <p className="active-filters__clear">
          <Link href={practicesHref(locale, withoutFilters(params))} prefetch={false}>
            {strings.clearAll}
          </Link>
        </p>
      )}
    </div>
  )
}
