import { formatNumber } from '@/i18n/interpolate'
import type { Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { KEY_FIGURE_METRICS } from '@/lib/campaigns/options'
import type { KeyFigureView } from '@/lib/campaigns/types'
import type { KeyFiguresBlock as KeyFiguresBlockData } from '@/payload-types'

type Props = KeyFiguresBlockData & { values: KeyFigureView[]; locale: Locale; authoredLang?: string }

/** Live figures from GKEC's published data, each with the editor's label or the standard one. */
export function KeyFiguresBlock({ id, heading, values, locale, authoredLang }: Props) {
  const headingId = `figures-${id ?? 'block'}`
  return (
    <section className="campaign-figures" aria-labelledby={headingId}>
      <h2 id={headingId} lang={heading ? authoredLang : undefined}>
        {heading || getStrings(locale).campaigns.blocks.keyFiguresHeading}
      </h2>
      <dl className="campaign-figures__list">
        {values.map((figure, index) => (
          <div key={`${figure.metric}-${index}`} className="campaign-figures__item">
            <dt lang={figure.label ? authoredLang : undefined}>{figure.label ?? KEY_FIGURE_METRICS[figure.metric][locale]}</dt>
            <dd className="campaign-figures__value">{formatNumber(figure.value, locale)}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
