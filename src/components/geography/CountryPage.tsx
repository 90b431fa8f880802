import Link from 'next/link'

import { PracticeCardList } from '@/components/practice/PracticeCardList'
import { interpolate } from '@/i18n/interpolate'
import type { Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { subRegionName, worldRegionName } from '@/lib/geography/regions'
import type { CountryPageView } from '@/lib/geography/views'
import { Breadcrumbs } from './Breadcrumbs'
import { PlaceCount } from './PlaceCount'

type Props = { country: CountryPageView; locale: Locale }

/** A country: its region, its memberships, its cities with practices and its latest practices. */
export function CountryPage({ country, locale }: Props) {
  const strings = getStrings(locale).geography
  const region = worldRegionName(country.region, locale)
  const groups = [
    country.euMember && strings.country.euMember,
    country.horizonAssociated && strings.country.horizonAssociated,
    country.odaEligible && strings.country.odaEligible,
  ].filter((group): group is string => Boolean(group))
  return (
    <article className="container place-page">
      <Breadcrumbs
        label={strings.breadcrumb.label}
        crumbs={[
          { label: strings.breadcrumb.home, href: `/${locale}` },
          { label: strings.breadcrumb.regions, href: `/${locale}/regions` },
          { label: region, href: `/${locale}/regions/${country.region}` },
          { label: country.name },
        ]}
      />
      <h1>{country.name}</h1>
      <section aria-labelledby="country-facts-heading" className="place-facts">
        <h2 id="country-facts-heading">{strings.country.facts}</h2>
        <dl>
          <div>
            <dt>{strings.country.region}</dt>
            <dd>
              <Link href={`/${locale}/regions/${country.region}`} prefetch={false}>
                {region}
              </Link>
            </dd>
          </div>
          {country.subregion && (
            <div>
              <dt>{strings.country.subregion}</dt>
              <dd>{subRegionName(country.subregion, locale)}</dd>
            </div>
          )}
          {groups.length > 0 && (
            <div>
              <dt>{strings.country.groups}</dt>
              <dd>
                <ul className="plain-list">
                  {groups.map((group) => (
                    <li key={group}>{group}</li>
                  ))}
                </ul>
              </dd>
            </div>
          )}
        </dl>
      </section>
      {country.cities.length > 0 && (
        <section aria-labelledby="country-cities-heading">
          <h2 id="country-cities-heading">{strings.country.cities}</h2>
          <ul className="place-list">
            {country.cities.map((city) => (
              <li key={city.slug}>
                <Link href={`/${locale}/cities/${city.slug}`} prefetch={false}>
                  {city.name}
                </Link>{' '}
                <PlaceCount count={city.practiceCount} locale={locale} strings={strings} />
                {city.missionCity && <span className="mission-badge mission-badge--small">{strings.city.missionCity}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {country.practices.length > 0 ? (
        <section aria-labelledby="country-practices-heading">
          <h2 id="country-practices-heading">
            {strings.country.practices} <PlaceCount count={country.practiceCount} locale={locale} strings={strings} />
          </h2>
          <PracticeCardList practices={country.practices} locale={locale} />
          {country.practiceCount > country.practices.length && (
            <p>
              <Link href={`/${locale}/practices?country=${country.code}`} prefetch={false}>
                {interpolate(strings.country.all, { count: country.practiceCount, country: country.name }, locale)}
              </Link>
            </p>
          )}
        </section>
      ) : (
        <p className="place-page__empty">{strings.country.empty}</p>
      )}
    </article>
  )
}
