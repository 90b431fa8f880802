import { formatNumber } from '@/i18n/interpolate'
import type { Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { KEY_FIGURE_METRICS } from '@/lib/campaigns/options'
import type { KeyFigureView } from '@/lib/campaigns/types'
import type { KeyFiguresBlock as KeyFiguresBlockData } from '@/payload-types'

type Props = KeyFiguresBlockData & { values: KeyFigureView[]; locale: Locale }

/** Live figures from GKEC's published data, each with the editor's label or the standard one. */
export function KeyFiguresBlock({ id, heading, values, locale }: Props) {
  const headingId = `figures-${id ?? 'block'}`
  return (
    <section className="campaign-figures" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading || getStrings(locale).campaigns.blocks.keyFiguresHeading}</h2>
      <dl className="campaign-figures__list">
        {values.map((figure, index) => (
          <div key={`${figure.metric}-${index}`} className="campaign-figures__item">
            <dt>{figure.label ?? KEY_FIGURE_METRICS[figure.metric][locale]}</dt>
            <dd className="campaign-figures__value">{formatNumber(figure.value, locale)}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
