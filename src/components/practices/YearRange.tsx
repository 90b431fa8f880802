import type { RepositoryStrings } from '@/i18n/strings/repository/en'

type Props = { yearFrom: number | null; yearTo: number | null; strings: RepositoryStrings['filters'] }

/** The implementation period as two year fields (practices under way at any time in between). */
export function YearRange({ yearFrom, yearTo, strings }: Props) {
  return (
    <details className="facet" open={yearFrom != null || yearTo != null}>
      <summary className="facet__summary">{strings.facets.year}</summary>
      <fieldset className="facet__options" aria-describedby="filter-year-hint">
        <legend className="visually-hidden">{strings.facets.year}</legend>
        <p id="filter-year-hint" className="year-range__hint">
          {strings.yearHint}
        </p>
        <div className="year-range">
          <div>
            <label htmlFor="filter-year-from">{strings.yearFrom}</label>
            <input id="filter-year-from" name="from" type="text" inputMode="numeric" maxLength={4} autoComplete="off" defaultValue={yearFrom ?? ''} />
          </div>
          <div>
            <label htmlFor="filter-year-to">{strings.yearTo}</label>
            <input id="filter-year-to" name="to" type="text" inputMode="numeric" maxLength={4} autoComplete="off" defaultValue={yearTo ?? ''} />
          </div>
        </div>
      </fieldset>
    </details>
  )
}
