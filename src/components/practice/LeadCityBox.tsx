import Link from 'next/link'

import { formatNumber, interpolate } from '@/i18n/interpolate'
import type { Locale } from '@/i18n/locales'
import type { PracticeStrings } from '@/i18n/strings/practice/en'
import { worldRegionName } from '@/lib/geography/regions'
import type { CityRef, LeadCityView } from '@/lib/practices/practiceView'

type Props = { city: LeadCityView; otherLocations: CityRef[]; locale: Locale; strings: PracticeStrings }

/** The lead city at a glance (size, target, Mission city), linking to its page, and the further locations. */
export function LeadCityBox({ city, otherLocations, locale, strings }: Props) {
  const { leadCity } = strings
  const population =
    city.population != null
      ? city.populationYear
        ? interpolate(leadCity.populationIn, { population: formatNumber(city.population, locale), year: String(city.populationYear) })
        : formatNumber(city.population, locale)
      : null
  return (
    <section className="city-box" aria-labelledby="lead-city-heading">
      <h2 id="lead-city-heading" className="city-box__heading">
        {leadCity.heading}
      </h2>
      <p className="city-box__name">
        <Link href={`/${locale}/cities/${city.slug}`} prefetch={false}>
          {city.name}
        </Link>
        {city.country && <span className="city-box__country">, {city.country.name}</span>}
      </p>
      {city.missionCity && (
        <p className="mission-badge" title={leadCity.missionCityNote}>
          {leadCity.missionCity}
        </p>
      )}
      <dl className="city-box__facts">
        {population && (
          <div>
            <dt>{leadCity.population}</dt>
            <dd>{population}</dd>
          </div>
        )}
        {city.targetYear && (
          <div>
            <dt>{leadCity.targetYear}</dt>
            <dd>{city.targetYear}</dd>
          </div>
        )}
        {city.country && (
          <div>
            <dt>{leadCity.country}</dt>
            <dd>
              <Link href={`/${locale}/countries/${city.country.slug}`} prefetch={false}>
                {city.country.name}
              </Link>{' '}
              (
              <Link href={`/${locale}/regions/${city.country.region}`} prefetch={false}>
                {worldRegionName(city.country.region, locale)}
              </Link>
              )
            </dd>
          </div>
        )}
      </dl>
      <p>
        <Link href={`/${locale}/cities/${city.slug}`} prefetch={false} className="city-box__more">
          {interpolate(leadCity.cityPage, { city: city.name })}
        </Link>
      </p>
      {otherLocations.length > 0 && (
        <>
          <h3 className="city-box__subheading">{strings.furtherLocations}</h3>
          <ul className="link-list">
            {otherLocations.map((location) => (
              <li key={location.slug}>
                <Link href={`/${locale}/cities/${location.slug}`} prefetch={false}>
                  {location.name}
                </Link>
                {location.country && `, ${location.country.name}`}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
