import { interpolate, plural } from '@/i18n/interpolate'
import type { Locale } from '@/i18n/locales'
import type { FundingStrings } from '@/i18n/strings/funding/en'
import { DEFAULT_FUNDING_SORT, includesClosed, type FundingSort } from '@/lib/funding/params'
import type { FundingSearchView } from '@/lib/funding/view/types'

type Props = { view: FundingSearchView; locale: Locale; strings: FundingStrings }

/** How many actions were found (announced as a status), which ones are shown, and the sort order. */
export function FundingResultSummary({ view, locale, strings }: Props) {
  const { total, page, pageSize, items, params } = view
  const first = (page - 1) * pageSize + 1
  const sorts: FundingSort[] = params.q ? ['relevance', 'closing', 'newest'] : ['closing', 'newest']
  const defaultSort: FundingSort = DEFAULT_FUNDING_SORT
  const closedHidden = !includesClosed(params) && (view.facets.status.find((option) => option.value === 'closed')?.count ?? 0) > 0
  return (
    <div className="results-bar">
      <p role="status" className="results-bar__count">
        <strong>{plural(strings.results.count, total, locale)}</strong>
        {total > items.length && items.length > 0 && (
          <span className="results-bar__range">{interpolate(strings.results.range, { from: first, to: first + items.length - 1, total }, locale)}</span>
        )}
        {closedHidden && <span className="results-bar__range">{strings.results.closedHidden}</span>}
      </p>
      {total <= 1 && params.sort !== defaultSort && <input type="hidden" name="sort" value={params.sort} />}
      {total > 1 && (
        <div className="results-bar__sort">
          <label htmlFor="funding-search-sort">{strings.sort.label}</label>
          <select id="funding-search-sort" name="sort" defaultValue={params.sort}>
            {sorts.map((sort) => (
              <option key={sort} value={sort}>
                {strings.sort[sort]}
              </option>
            ))}
          </select>
          <button type="submit" className="button button--secondary">
            {strings.sort.button}
          </button>
        </div>
      )}
    </div>
  )
}
