import { formatNumber } from '@/i18n/interpolate'
import type { Locale } from '@/i18n/locales'
import type { RepositoryStrings } from '@/i18n/strings/repository/en'
import type { CountClass } from '@/lib/practices/map/countScale'

type Props = { id: string; scale: CountClass[]; locale: Locale; strings: RepositoryStrings['map'] }

function range({ min, max }: CountClass, locale: Locale): string {
  if (max === min) return formatNumber(min, locale)
  if (max === null) return `${formatNumber(min, locale)}+`
  return `${formatNumber(min, locale)}–${formatNumber(max, locale)}`
}

/** What the map's shades and dots mean, as text next to a swatch of each. */
export function MapLegend({ id, scale, locale, strings }: Props) {
  return (
    <div className="map-legend">
      <p className="map-legend__title" id={id}>
        {strings.legend}
      </p>
      <ul className="map-legend__items" aria-labelledby={id}>
        {scale.map((item, index) => (
          <li key={item.min}>
            <span className={`map-legend__swatch map-c${index}`} aria-hidden="true" />
            {range(item, locale)}
          </li>
        ))}
        <li>
          <span className="map-legend__dot" aria-hidden="true" />
          {strings.cityLegend}
        </li>
      </ul>
    </div>
  )
}
