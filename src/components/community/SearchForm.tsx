import type { Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { communityHref, SEARCH_MAX_LENGTH, type SpaceView } from '@/lib/community/view'

/** The community search as a GET form (every result page has its URL). */
export function SearchForm({ locale, q = '', space, spaces }: { locale: Locale; q?: string; space?: number; spaces?: SpaceView[] }) {
  const text = getStrings(locale).community.search
  return (
    <form className="community-search" role="search" action={communityHref(locale, 'search')} method="get">
      <div className="field">
        <label className="field__label" htmlFor="community-q">
          {text.label}
        </label>
        <p className="field__hint" id="community-q-hint">
          {text.hint}
        </p>
        <input className="field__input field__input--full" id="community-q" name="q" type="search" defaultValue={q} maxLength={SEARCH_MAX_LENGTH} aria-describedby="community-q-hint" />
      </div>
      {spaces ? (
        <div className="field">
          <label className="field__label" htmlFor="community-space">
            {text.space}
          </label>
          <select className="field__select" id="community-space" name="space" defaultValue={space ? String(space) : ''}>
            <option value="">{text.anySpace}</option>
            {spaces.map((option) => (
              <option key={option.id} value={option.id}>
                {option.title}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <button className="button" type="submit">
        {text.submit}
      </button>
    </form>
  )
}
