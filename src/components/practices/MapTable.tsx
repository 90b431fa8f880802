import { formatNumber, interpolate } from '@/i18n/interpolate'
import type { Locale } from '@/i18n/locales'
import type { RepositoryStrings } from '@/i18n/strings/repository/en'
import type { PracticeSearchResult } from '@/lib/practices/search/types'

type Props = {
  map: PracticeSearchResult['map']
  locale: Locale
  strings: RepositoryStrings['map']
  countryHref: (code: string) => string
  cityHref: (slug: string) => string
}

const MAX_CITY_ROWS = 50

/** The map as tables of links: the same choices for keyboard and screen-reader users. */
export function MapTable({ map, locale, strings, countryHref, cityHref }: Props) {
  const countries = [...map.countries].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, locale))
  const cities = [...map.cities].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, locale)).slice(0, MAX_CITY_ROWS)
  return (
    <details className="practice-map__tables">
      <summary>{strings.textAlternative}</summary>
      <table className="map-table">
        <caption>{strings.countriesCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{strings.countryColumn}</th>
            <th scope="col">{strings.countColumn}</th>
          </tr>
        </thead>
        <tbody>
          {countries.map((country) => (
            <tr key={country.code}>
              <td>
                <a href={countryHref(country.code)}>{country.name}</a>
              </td>
              <td>{formatNumber(country.count, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {cities.length > 0 && (
        <table className="map-table">
          <caption>{interpolate(strings.citiesCaption, { count: cities.length }, locale)}</caption>
          <thead>
            <tr>
              <th scope="col">{strings.cityColumn}</th>
              <th scope="col">{strings.countColumn}</th>
            </tr>
          </thead>
          <tbody>
            {cities.map((city) => (
              <tr key={city.slug}>
                <td>
                  <a href={cityHref(city.slug)}>{city.name}</a>
                </td>
                <td>{formatNumber(city.count, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </details>
  )
}
