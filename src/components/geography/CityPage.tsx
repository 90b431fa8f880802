import Link from 'next/link'

import { PracticeCardList } from '@/components/practice/PracticeCardList'
import { formatNumber, interpolate } from '@/i18n/interpolate'
import type { Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import type { CityPageView } from '@/lib/geography/views'
import { worldRegionName } from '@/lib/geography/regions'
import { Breadcrumbs } from './Breadcrumbs'
import { CityLocatorMap } from './CityLocatorMap'
import { cityNetworkName } from './cityNetworks'

type Props = { city: CityPageView; locale: Locale }

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  )
}

/** A city: where it is, its size and climate targets, its networks, and its published practices. */
export function CityPage({ city, locale }: Props) {
  const strings = getStrings(locale).geography
  const { country } = city
  const population =
    city.population != null
      ? city.populationYear
        ? interpolate(strings.city.populationIn, { population: formatNumber(city.population, locale), year: String(city.populationYear) })
        : formatNumber(city.population, locale)
      : null
  const baseline = city.baselineEmissions
    ? (() => {
        const value = interpolate(strings.city.baselineValue, { tonnes: formatNumber(city.baselineEmissions.tonnes, locale) })
        return city.baselineEmissions.year ? interpolate(strings.city.baselineIn, { value, year: String(city.baselineEmissions.year) }) : value
      })()
    : null
  const crumbs = [
    { label: strings.breadcrumb.home, href: `/${locale}` },
    { label: strings.breadcrumb.regions, href: `/${locale}/regions` },
    ...(country
      ? [
          { label: worldRegionName(country.region, locale), href: `/${locale}/regions/${country.region}` },
          { label: country.name, href: `/${locale}/countries/${country.slug}` },
        ]
      : []),
    { label: city.name },
  ]
  const hasPractices = city.ledPractices.length + city.otherPractices.length > 0
  return (
    <article className="container place-page">
      <Breadcrumbs label={strings.breadcrumb.label} crumbs={crumbs} />
      <h1>{city.name}</h1>
      {city.missionCity && (
        <p className="mission-badge" title={strings.city.missionCityNote}>
          {strings.city.missionCity}
        </p>
      )}
      {city.description && <p className="place-page__lead">{city.description}</p>}
      <div className="place-page__intro">
        <section aria-labelledby="city-facts-heading" className="place-facts">
          <h2 id="city-facts-heading">{strings.city.facts}</h2>
          <dl>
            {country && (
              <Fact label={strings.city.country}>
                <Link href={`/${locale}/countries/${country.slug}`} prefetch={false}>
                  {country.name}
                </Link>
              </Fact>
            )}
            {country && (
              <Fact label={strings.city.region}>
                <Link href={`/${locale}/regions/${country.region}`} prefetch={false}>
                  {worldRegionName(country.region, locale)}
                </Link>
              </Fact>
            )}
            {population && <Fact label={strings.city.population}>{population}</Fact>}
            {city.targetYear && <Fact label={strings.city.targetYear}>{city.targetYear}</Fact>}
            {baseline && <Fact label={strings.city.baseline}>{baseline}</Fact>}
            {city.networks.length > 0 && (
              <Fact label={strings.city.networks}>
                <ul className="plain-list">
                  {city.networks.map((network) => (
                    <li key={network}>{cityNetworkName(network)}</li>
                  ))}
                </ul>
              </Fact>
            )}
          </dl>
        </section>
        <CityLocatorMap
          latitude={city.latitude}
          longitude={city.longitude}
          countryNumeric={country?.numeric ?? null}
          label={interpolate(strings.city.map, { city: city.name, country: country?.name ?? '' })}
        />
      </div>
      {city.ledPractices.length > 0 && (
        <section aria-labelledby="led-practices-heading">
          <h2 id="led-practices-heading">{interpolate(strings.city.ledPractices, { city: city.name })}</h2>
          <PracticeCardList practices={city.ledPractices} locale={locale} />
        </section>
      )}
      {city.otherPractices.length > 0 && (
        <section aria-labelledby="other-practices-heading">
          <h2 id="other-practices-heading">{interpolate(strings.city.otherPractices, { city: city.name })}</h2>
          <PracticeCardList practices={city.otherPractices} locale={locale} />
        </section>
      )}
      {hasPractices ? (
        <p>
          <Link href={`/${locale}/practices?city=${encodeURIComponent(city.slug)}`} prefetch={false}>
            {interpolate(strings.city.search, { city: city.name })}
          </Link>
        </p>
      ) : (
        <p className="place-page__empty">{strings.city.empty}</p>
      )}
    </article>
  )
}
