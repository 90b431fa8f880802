import type { RepositoryStrings } from '@/i18n/strings/repository/en'

type Props = { q: string; strings: RepositoryStrings['search'] }

/** The free-text field of the search form; its button submits the filters with it. */
export function SearchBox({ q, strings }: Props) {
  return (
    <div role="search" className="search-box">
      <label htmlFor="practice-search-q" className="search-box__label">
        {strings.label}
      </label>
      <p id="practice-search-q-hint" className="search-box__hint">
        {strings.hint}
      </p>
      <div className="search-box__row">
        <input
          type="search"
          id="practice-search-q"
          name="q"
          defaultValue={q}
          maxLength={200}
          aria-describedby="practice-search-q-hint"
          className="search-box__input"
        />
        <button type="submit" className="button">
          {strings.button}
        </button>
      </div>
    </div>
  )
}
