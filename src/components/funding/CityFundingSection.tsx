import Link from 'next/link'

import { interpolate } from '@/i18n/interpolate'
import type { Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import type { CityFundingView } from '@/lib/funding/view/fundingForCity'
import { Deadline } from './Deadline'
import { StatusBadge } from './StatusBadge'

type Props = { funding: CityFundingView; locale: Locale; heading: string; intro: string; id?: string }

/** Up to five open actions a city may apply for, each with its most telling reason, and a link to all of them. */
export function CityFundingSection({ funding, locale, heading, intro, id = 'city-funding' }: Props) {
  const strings = getStrings(locale).funding
  const { city, actions } = funding
  return (
    <section className="funding-nearby" aria-labelledby={`${id}-heading`} id={id}>
      <h2 id={`${id}-heading`}>{heading}</h2>
      {actions.length > 0 ? (
        <>
          <p>{intro}</p>
          <ul className="funding-nearby__list">
            {actions.map((action) => (
              <li key={action.id}>
                <article className="funding-nearby__item">
                  <h3>
                    <Link href={`/${locale}/funding/${action.slug}`} prefetch={false}>
                      {action.title}
                    </Link>
                  </h3>
                  <p className="funding-card__badges">
                    <StatusBadge status={action.status} locale={locale} />
                  </p>
                  {action.reasons[0] && <p className="funding-nearby__reason">{action.reasons[0]}</p>}
                  <dl className="funding-card__facts">
                    <div>
                      <dt>{strings.card.deadline}</dt>
                      <dd>
                        <Deadline dates={action.dates} locale={locale} strings={strings.card} />
                      </dd>
                    </div>
                  </dl>
                </article>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{interpolate(strings.city.none, { city: city.name })}</p>
      )}
      <p>
        <Link href={`/${locale}/funding?city=${encodeURIComponent(city.slug)}`} prefetch={false}>
          {interpolate(strings.city.all, { city: city.name })}
        </Link>
      </p>
    </section>
  )
}
