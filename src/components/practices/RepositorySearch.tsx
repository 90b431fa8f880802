import type { Locale } from '@/i18n/locales'
import type { RepositoryStrings } from '@/i18n/strings/repository/en'
import type { PracticeSearchResult } from '@/lib/practices/search/types'
import { practicesPath, searchQueryString } from '@/lib/practices/searchUrl'
import { ActiveFilters } from './ActiveFilters'
import { FacetFilters } from './FacetFilters'
import { NoResults } from './NoResults'
import { Pagination } from './Pagination'
import { PracticeCard } from './PracticeCard'
import { PracticeMap } from './PracticeMap'
import { ResultSummary } from './ResultSummary'
import { SearchBox } from './SearchBox'

type Props = { result: PracticeSearchResult; locale: Locale; strings: RepositoryStrings }

/**
 * The repository: one GET form (words, filters, sort) around the results, so that every result
 * page has an address and nothing needs JavaScript; the map of the same results below.
 */
export function RepositorySearch({ result, locale, strings }: Props) {
  const { params, items } = result
  return (
    <div className="container repository">
      <h1>{strings.title}</h1>
      <p className="repository__lead">{strings.lead}</p>
      {/* Keyed by the search: after an in-app navigation the checkboxes show the new search, not the old one. */}
      <form key={searchQueryString(params)} method="get" action={practicesPath(locale)} className="repository__form">
        <SearchBox q={params.q} strings={strings.search} />
        <div className="repository__layout">
          <FacetFilters result={result} locale={locale} strings={strings} />
          <section className="repository__results" aria-labelledby="results-heading">
            <h2 id="results-heading" className="visually-hidden">
              {strings.results.heading}
            </h2>
            <ActiveFilters result={result} locale={locale} strings={strings.filters} />
            <ResultSummary result={result} locale={locale} strings={strings} />
            {items.length > 0 ? (
              <ul className="practice-list">
                {items.map((practice) => (
                  <li key={practice.id}>
                    <PracticeCard practice={practice} locale={locale} strings={strings.card} />
                  </li>
                ))}
              </ul>
            ) : (
              <NoResults locale={locale} strings={strings.results} />
            )}
            <Pagination result={result} locale={locale} strings={strings.pagination} />
          </section>
        </div>
      </form>
      {result.total > 0 && (
        <PracticeMap map={result.map} params={params} locale={locale} strings={strings} heading={strings.map.heading} id="results-map" />
      )}
    </div>
  )
}
