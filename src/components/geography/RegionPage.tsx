import Link from 'next/link'

import { interpolate } from '@/i18n/interpolate'
import type { Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import type { RegionPageView } from '@/lib/geography/views'
import { Breadcrumbs } from './Breadcrumbs'
import { countryCountText, PlaceCount, practiceCountText } from './PlaceCount'

type Props = { region: RegionPageView; locale: Locale }

/** A world region: its sub-regions, each with its countries that have published practices. */
export function RegionPage({ region, locale }: Props) {
  const strings = getStrings(locale).geography
  const countries = region.subregions.reduce((sum, group) => sum + group.countries.length, 0)
  return (
    <article className="container place-page">
      <Breadcrumbs
        label={strings.breadcrumb.label}
        crumbs={[
          { label: strings.breadcrumb.home, href: `/${locale}` },
          { label: strings.breadcrumb.regions, href: `/${locale}/regions` },
          { label: region.name },
        ]}
      />
      <h1>{region.name}</h1>
      {region.practiceCount > 0 ? (
        <>
          <p className="place-page__lead">
            {interpolate(strings.region.total, {
              practices: practiceCountText(region.practiceCount, locale, strings),
              countries: countryCountText(countries, locale, strings),
            })}
          </p>
          <p>{interpolate(strings.region.lead, { region: region.name })}</p>
          {region.subregions.map((group) => (
            <section key={group.key} aria-labelledby={`subregion-${group.key}`}>
              <h2 id={`subregion-${group.key}`}>{group.name}</h2>
              <ul className="place-list place-list--columns">
                {group.countries.map((country) => (
                  <li key={country.slug}>
                    <Link href={`/${locale}/countries/${country.slug}`} prefetch={false}>
                      {country.name}
                    </Link>{' '}
                    <PlaceCount count={country.practiceCount} locale={locale} strings={strings} />
                  </li>
                ))}
              </ul>
            </section>
          ))}
          <p>
            <Link href={`/${locale}/practices?region=${region.key}`} prefetch={false}>
              {interpolate(strings.region.search, { region: region.name })}
            </Link>
          </p>
        </>
      ) : (
        <p className="place-page__empty">{strings.region.empty}</p>
      )}
    </article>
  )
}
