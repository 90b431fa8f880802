import { formatNumber, plural } from '@/i18n/interpolate'
import type { Locale } from '@/i18n/locales'
import type { RepositoryStrings } from '@/i18n/strings/repository/en'
import type { RepositoryFigures } from '@/lib/practices/figures'

type Props = { figures: RepositoryFigures; locale: Locale; strings: RepositoryStrings['home'] }

/** The repository's size at a glance: published practices, and the cities and countries they come from. */
export function HomeFigures({ figures, locale, strings }: Props) {
  const items = [
    { key: 'practices', count: figures.practices, label: strings.practices },
    { key: 'cities', count: figures.cities, label: strings.cities },
    { key: 'countries', count: figures.countries, label: strings.countries },
  ]
  return (
    <section className="container" aria-labelledby="figures-heading">
      <h2 id="figures-heading">{strings.figuresHeading}</h2>
      <ul className="home-figures">
        {items.map(({ key, count, label }) => (
          <li key={key}>
            <span className="home-figures__value">{formatNumber(count, locale)}</span> {plural(label, count, locale)}
          </li>
        ))}
      </ul>
    </section>
  )
}
