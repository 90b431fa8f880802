import type { Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import type { TwinningMatches as Matches } from '@/lib/community/view'

/** For a twinning request: practices on its themes and the cities behind them. */
export function TwinningMatches({ matches, locale }: { matches: Matches; locale: Locale }) {
  const text = getStrings(locale).community.thread
  return (
    <section className="community-section community-twinning" aria-labelledby="twinning-practices">
      <h2 id="twinning-practices">{text.matchingPractices}</h2>
      {matches.practices.length === 0 ? <p>{text.noMatches}</p> : null}
      <ul className="community-twinning__list">
        {matches.practices.map((practice) => (
          <li key={practice.id}>
            <a href={`/${locale}/practices/${practice.slug}`}>{practice.title}</a>
            {practice.city ? ` — ${practice.city.name}${practice.country ? `, ${practice.country.name}` : ''}` : null}
          </li>
        ))}
      </ul>
      {matches.cities.length > 0 ? (
        <>
          <h2 id="twinning-cities">{text.partnerCities}</h2>
          <ul className="community-twinning__list">
            {matches.cities.map((city) => (
              <li key={city.slug}>
                <a href={`/${locale}/cities/${city.slug}`}>{city.name}</a>
                {city.country ? `, ${city.country}` : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  )
}
