import Link from 'next/link'

import { interpolate } from '@/i18n/interpolate'
import type { Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import type { RegionSummary } from '@/lib/geography/views'
import { Breadcrumbs } from './Breadcrumbs'
import { countryCountText, practiceCountText } from './PlaceCount'

/** Every world region, with how many practices and countries each has. */
export function RegionsPage({ regions, locale }: { regions: RegionSummary[]; locale: Locale }) {
  const strings = getStrings(locale).geography
  return (
    <article className="container place-page">
      <Breadcrumbs
        label={strings.breadcrumb.label}
        crumbs={[{ label: strings.breadcrumb.home, href: `/${locale}` }, { label: strings.breadcrumb.regions }]}
      />
      <h1>{strings.regions.title}</h1>
      <p className="place-page__lead">{strings.regions.lead}</p>
      <ul className="card-grid region-grid">
        {regions.map((region) => (
          <li key={region.key} className="card">
            <h2 className="region-grid__name">
              <Link href={`/${locale}/regions/${region.key}`} prefetch={false}>
                {region.name}
              </Link>
            </h2>
            <p>
              {region.practiceCount > 0
                ? interpolate(strings.regions.summary, {
                    practices: practiceCountText(region.practiceCount, locale, strings),
                    countries: countryCountText(region.countryCount, locale, strings),
                  })
                : strings.regions.empty}
            </p>
          </li>
        ))}
      </ul>
    </article>
  )
}
