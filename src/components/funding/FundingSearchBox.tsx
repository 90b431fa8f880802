import type { FundingStrings } from '@/i18n/strings/funding/en'

/** The free-text field of the search form; its button sends the filters with it. */
export function FundingSearchBox({ q, strings }: { q: string; strings: FundingStrings['search'] }) {
  return (
    <div role="search" className="search-box">
      <label htmlFor="funding-search-q" className="search-box__label">
        {strings.label}
      </label>
      <p id="funding-search-q-hint" className="search-box__hint">
        {strings.hint}
      </p>
      <div className="search-box__row">
        <input type="search" id="funding-search-q" name="q" defaultValue={q} maxLength={200} aria-describedby="funding-search-q-hint" className="search-box__input" />
        <button type="submit" className="button">
          {strings.button}
        </button>
      </div>
    </div>
  )
}
