import { plural } from '@/i18n/interpolate'
import type { Locale } from '@/i18n/locales'
import type { FundingStrings } from '@/i18n/strings/funding/en'
import { FACET_ORDER } from '@/lib/funding/view/searchUrl'
import type { FundingSearchView } from '@/lib/funding/view/types'
import { FundingFacetGroup } from './FundingFacetGroup'

type Props = { view: FundingSearchView; locale: Locale; strings: FundingStrings }

/** The filter half of the search form: closed actions, one group of checkboxes per facet, a submit button. */
export function FundingFilters({ view, locale, strings }: Props) {
  const filters = strings.filters
  return (
    <section className="repository__filters" aria-labelledby="funding-filters-heading">
      <h2 id="funding-filters-heading" className="repository__filters-heading">
        {filters.heading}
      </h2>
      {view.total > 0 && (
        <p className="repository__skip">
          <a href="#results-heading">{plural(strings.results.skipToResults, view.total, locale)}</a>
        </p>
      )}
      <p className="facet-option funding-closed">
        <input type="checkbox" id="funding-filter-closed" name="closed" value="1" defaultChecked={view.params.showClosed} />
        <label htmlFor="funding-filter-closed">{filters.showClosed}</label>
      </p>
      {FACET_ORDER.map((facet) => (
        <FundingFacetGroup key={facet} facet={facet} legend={filters.facets[facet]} options={view.facets[facet]} locale={locale} strings={filters} />
      ))}
      <button type="submit" className="button repository__apply">
        {filters.apply}
      </button>
    </section>
  )
}
