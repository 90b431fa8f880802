import { interpolate } from '@/i18n/interpolate'
import type { Locale } from '@/i18n/locales'
import type { FundingStrings } from '@/i18n/strings/funding/en'
import { fundingQueryString } from '@/lib/funding/params'
import type { FundingPlaces } from '@/lib/funding/view/places'
import { fundingPath } from '@/lib/funding/view/searchUrl'
import type { FundingSearchView } from '@/lib/funding/view/types'
import { AskerNotice } from './AskerNotice'
import { EligibilityForm } from './EligibilityForm'
import { FundingActiveFilters } from './FundingActiveFilters'
import { FundingCard } from './FundingCard'
import { FundingFilters } from './FundingFilters'
import { FundingFollow } from './FundingFollow'
import { FundingNoResults } from './FundingNoResults'
import { FundingPagination } from './FundingPagination'
import { FundingResultSummary } from './FundingResultSummary'
import { FundingSearchBox } from './FundingSearchBox'
import { HiddenFilters } from './HiddenFilters'

type Props = { view: FundingSearchView; places: FundingPlaces; locale: Locale; strings: FundingStrings }

/**
 * The funding database: "what can my city apply for?" on top, then one GET form (words, filters,
 * sort) around the results, so that every answer has an address and nothing needs JavaScript.
 */
export function FundingSearch({ view, places, locale, strings }: Props) {
  const { params, asker } = view
  const key = fundingQueryString(params)
  const whyHeading = asker ? interpolate(strings.eligibility.why, { place: asker.name }) : undefined
  return (
    <div className="container repository funding">
      <h1>{strings.title}</h1>
      <p className="repository__lead">{strings.lead}</p>
      {/* Keyed by the search: after an in-app navigation the fields show the new search, not the old one. */}
      <EligibilityForm key={`eligibility${key}`} params={params} places={places} locale={locale} strings={strings.eligibility} />
      <form key={`search${key}`} method="get" action={fundingPath(locale)} className="repository__form">
        <FundingSearchBox q={params.q} strings={strings.search} />
        <HiddenFilters params={params} keep={['place']} />
        <div className="repository__layout">
          <FundingFilters view={view} locale={locale} strings={strings} />
          <section className="repository__results" aria-labelledby="results-heading">
            <h2 id="results-heading" className="visually-hidden">
              {strings.results.heading}
            </h2>
            <AskerNotice view={view} locale={locale} strings={strings.eligibility} />
            <FundingActiveFilters view={view} locale={locale} strings={strings.filters} />
            <FundingResultSummary view={view} locale={locale} strings={strings} />
            {view.items.length > 0 ? (
              <ul className="funding-list">
                {view.items.map((action) => (
                  <li key={action.id}>
                    <FundingCard action={action} locale={locale} strings={strings} whyHeading={whyHeading} />
                  </li>
                ))}
              </ul>
            ) : (
              !view.unknownAsker && <FundingNoResults locale={locale} strings={strings.results} />
            )}
            <FundingPagination view={view} locale={locale} strings={strings.pagination} />
            {!view.unknownAsker && <FundingFollow params={params} locale={locale} />}
          </section>
        </div>
      </form>
    </div>
  )
}
