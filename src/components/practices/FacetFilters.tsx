import { plural } from '@/i18n/interpolate'
import type { Locale } from '@/i18n/locales'
import type { RepositoryStrings } from '@/i18n/strings/repository/en'
import type { PracticeSearchResult } from '@/lib/practices/search/types'
import { EVALUATION_FACETS, FORM_ORDER } from '@/lib/practices/searchUrl'
import { EvaluationFilters } from './EvaluationFilters'
import { FacetGroup } from './FacetGroup'
import { YearRange } from './YearRange'

type Props = { result: PracticeSearchResult; locale: Locale; strings: RepositoryStrings }

/** The filter half of the search form: one group of checkboxes per facet, the evaluation, the years, and a submit button. */
export function FacetFilters({ result, locale, strings: all }: Props) {
  const strings = all.filters
  return (
    <section className="repository__filters" aria-labelledby="filters-heading">
      <h2 id="filters-heading" className="repository__filters-heading">
        {strings.heading}
      </h2>
      {/* On a phone the filters come first and are long: a way past them. */}
      {result.total > 0 && (
        <p className="repository__skip">
          <a href="#results-heading">{plural(all.results.skipToResults, result.total, locale)}</a>
        </p>
      )}
      {FORM_ORDER.filter((facet) => !(EVALUATION_FACETS as readonly string[]).includes(facet)).map((facet) => (
        <FacetGroup
          key={facet}
          facet={facet}
          legend={strings.facets[facet]}
          values={result.facets[facet]}
          locale={locale}
          strings={strings}
          optionLabel={facet === 'mission' ? strings.missionOnly : undefined}
        />
      ))}
      <EvaluationFilters facets={result.facets} locale={locale} strings={strings} />
      <YearRange yearFrom={result.params.yearFrom} yearTo={result.params.yearTo} strings={strings} />
      <button type="submit" className="button repository__apply">
        {strings.apply}
      </button>
    </section>
  )
}
