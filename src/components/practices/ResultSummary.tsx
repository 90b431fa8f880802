import { interpolate, plural } from '@/i18n/interpolate'
import type { Locale } from '@/i18n/locales'
import type { RepositoryStrings } from '@/i18n/strings/repository/en'
import { type PracticeSearchResult, type PracticeSort, SORTS } from '@/lib/practices/search/types'

type Props = { result: PracticeSearchResult; locale: Locale; strings: RepositoryStrings }

/** How many practices were found (announced as a status), which ones are shown, and the sort order. */
export function ResultSummary({ result, locale, strings }: Props) {
  const { total, page, pageSize, items, params } = result
  const first = (page - 1) * pageSize + 1
  const hasQuery = Boolean(params.q.trim())
  // Without words to rank by, relevance is the newest first. Offered as "Newest" under the value
  // `relevance`, so that words typed in later are ranked by relevance again.
  const sorts: Array<[PracticeSort, string]> = hasQuery
    ? SORTS.map((sort) => [sort, strings.sort[sort]])
    : [
        ['relevance', strings.sort.newest],
        ['emissions', strings.sort.emissions],
        ['score', strings.sort.score],
      ]
  const current = !hasQuery && params.sort === 'newest' ? 'relevance' : params.sort
  return (
    <div className="results-bar">
      <p role="status" className="results-bar__count">
        <strong>{plural(strings.results.count, total, locale)}</strong>
        {total > items.length && items.length > 0 && (
          <span className="results-bar__range">
            {interpolate(strings.results.range, { from: first, to: first + items.length - 1, total }, locale)}
          </span>
        )}
      </p>
      {total <= 1 && current !== 'relevance' && <input type="hidden" name="sort" value={current} />}
      {total > 1 && (
        <div className="results-bar__sort">
          <label htmlFor="practice-search-sort">{strings.sort.label}</label>
          <select id="practice-search-sort" name="sort" defaultValue={current}>
            {sorts.map(([sort, label]) => (
              <option key={sort} value={sort}>
                {label}
              </option>
            ))}
          </select>
          <button type="submit" className="button button--secondary">
            {strings.sort.button}
          </button>
        </div>
      )}
      {result.fuzzy && (
        <p className="results-bar__fuzzy">{interpolate(strings.results.fuzzy, { q: params.q.trim() })}</p>
      )}
    </div>
  )
}
