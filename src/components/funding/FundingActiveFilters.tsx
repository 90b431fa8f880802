import Link from 'next/link'

import { interpolate } from '@/i18n/interpolate'
import type { Locale } from '@/i18n/locales'
import type { FundingStrings } from '@/i18n/strings/funding/en'
import { worldRegionName } from '@/lib/geography/regions'
import { type ActiveFundingFilter, activeFundingFilters, fundingHref, withoutFundingFilter, withoutFundingFilters } from '@/lib/funding/view/searchUrl'
import type { FundingSearchView } from '@/lib/funding/view/types'

type Props = { view: FundingSearchView; locale: Locale; strings: FundingStrings['filters'] }

function chipLabel(filter: ActiveFundingFilter, view: FundingSearchView, locale: Locale, strings: Props['strings']): string {
  const { params, asker } = view
  switch (filter.facet) {
    case 'city':
      return interpolate(strings.cityChip, { name: asker?.kind === 'city' ? asker.name : (params.city ?? '') })
    case 'country':
      return interpolate(strings.countryChip, { name: asker?.kind === 'country' ? asker.name : (params.country ?? '') })
    case 'region':
      return interpolate(strings.regionChip, { name: params.region ? worldRegionName(params.region, locale) : '' })
    case 'closed':
      return strings.closedChip
    default: {
      const { facet, value } = filter
      const label = view.facets[facet].find((option) => option.value === value)?.label ?? value
      return interpolate(strings.chip, { facet: strings.facets[facet], value: label })
    }
  }
}

function Chip({ href, label, remove }: { href: string; label: string; remove: string }) {
  return (
    <li>
      <Link className="filter-chip" href={href} prefetch={false}>
        <span className="visually-hidden">{remove}: </span>
        {label}
        <span className="filter-chip__cross" aria-hidden="true" />
      </Link>
    </li>
  )
}

/** The words and filters in force, each a link that removes it, and one that removes them all. */
export function FundingActiveFilters({ view, locale, strings }: Props) {
  const { params } = view
  const filters = activeFundingFilters(params)
  if (filters.length === 0 && !params.q) return null
  return (
    <div className="active-filters">
      <p className="active-filters__title" id="funding-active-filters-title">
        {strings.active}
      </p>
      <ul className="active-filters__list" aria-labelledby="funding-active-filters-title">
        {params.q && (
          <Chip href={fundingHref(locale, { ...params, q: '', page: 1 })} label={interpolate(strings.searchTerm, { q: params.q })} remove={strings.remove} />
        )}
        {filters.map((filter) => (
          <Chip
            key={'value' in filter ? `${filter.facet}:${filter.value}` : filter.facet}
            href={fundingHref(locale, withoutFundingFilter(params, filter))}
            label={chipLabel(filter, view, locale, strings)}
            remove={strings.remove}
          />
        ))}
      </ul>
      {filters.length > 0 && (
        <p className="active-filters__clear">
          <Link href={fundingHref(locale, withoutFundingFilters(params))} prefetch={false}>
            {strings.clearAll}
          </Link>
        </p>
      )}
    </div>
  )
}
