import type { Locale } from '@/i18n/locales'
import { plural } from '@/i18n/interpolate'
import type { RepositoryStrings } from '@/i18n/strings/repository/en'
import { classOf, countClasses } from '@/lib/practices/map/countScale'
import { WORLD_SPRITE_PATH, worldGeometry } from '@/lib/practices/map/worldGeometry'
import type { PracticeSearchParams, PracticeSearchResult } from '@/lib/practices/search/types'
import { practicesHref, withOnlyFilter } from '@/lib/practices/searchUrl'
import { MapLegend } from './MapLegend'
import { MapTable } from './MapTable'

type Props = {
  map: PracticeSearchResult['map']
  /** The search the map belongs to: its links keep the other filters. */
  params: PracticeSearchParams
  locale: Locale
  strings: RepositoryStrings
  heading: string
  id: string
}

/** More dots than this would blur into one another and weigh down the page; the largest are kept. */
const MAX_CITY_DOTS = 150

function cityRadius(count: number): number {
  return Math.min(3 + Math.sqrt(count) * 1.5, 12)
}

/**
 * The result set on a world map, drawn on the server as SVG: countries shaded by their number of
 * practices and cities as dots, each a link that filters the list. A table below gives the same
 * links to people who do not use the map.
 */
export function PracticeMap({ map, params, locale, strings, heading, id }: Props) {
  const world = worldGeometry()
  const shape = (id: string) => `${WORLD_SPRITE_PATH}?v=${world.version}#${id}`
  const scale = countClasses(Math.max(0, ...map.countries.map((country) => country.count)))
  const cities = [...map.cities]
    .sort((a, b) => b.count - a.count)
    .slice(0, MAX_CITY_DOTS)
    .map((city) => ({ ...city, point: world.project(city.longitude, city.latitude) }))
  const countryHref = (code: string) => practicesHref(locale, withOnlyFilter(params, 'country', code))
  const cityHref = (slug: string) => practicesHref(locale, withOnlyFilter(params, 'city', slug))
  const label = (name: string, count: number) => plural(strings.map.country, count, locale, { name })

  return (
    <section className="practice-map" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{heading}</h2>
      <p id={`${id}-description`} className="practice-map__description">
        {map.countries.length > 0 ? strings.map.description : strings.map.empty}
      </p>
      <svg
        className="practice-map__svg"
        viewBox={`0 0 ${world.width} ${world.height}`}
        role="group"
        aria-label={heading}
        aria-describedby={`${id}-description`}
      >
        <use href={shape('land')} className="practice-map__land" aria-hidden="true" />
        {map.countries.map((country) =>
          world.hasCountry(country.numeric) ? (
            <a key={country.code} href={countryHref(country.code)} className="practice-map__link">
              <title>{label(country.name, country.count)}</title>
              <use href={shape(`c${country.numeric.padStart(3, '0')}`)} className={`practice-map__country map-c${classOf(country.count, scale)}`} />
            </a>
          ) : null,
        )}
        {cities.map(({ slug, name, count, point }) =>
          point ? (
            <a key={slug} href={cityHref(slug)} className="practice-map__link">
              <title>{label(name, count)}</title>
              <circle className="practice-map__city" cx={point[0]} cy={point[1]} r={cityRadius(count)} />
            </a>
          ) : null,
        )}
      </svg>
      {scale.length > 0 && <MapLegend id={`${id}-legend`} scale={scale} locale={locale} strings={strings.map} />}
      {map.countries.length > 0 && (
        <MapTable map={map} locale={locale} strings={strings.map} countryHref={countryHref} cityHref={cityHref} />
      )}
    </section>
  )
}
