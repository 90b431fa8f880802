import Link from 'next/link'

import type { Locale } from '@/i18n/locales'
import type { FundingStrings } from '@/i18n/strings/funding/en'
import { FUNDING_DIRECTIONS, FUNDING_INSTRUMENTS, optionLabel } from '@/lib/funding/options'
import type { FundingCardView } from '@/lib/funding/view/types'
import { Deadline, Moment } from './Deadline'
import { StatusBadge, TrustBadges } from './StatusBadge'

type Props = {
  action: FundingCardView
  locale: Locale
  strings: FundingStrings
  /** Heading of the reasons list ("Why it is open to Nairobi"); no list without it. */
  whyHeading?: string
}

export const providerName = (provider: { name: string; acronym: string | null }) =>
  provider.acronym && provider.acronym !== provider.name ? `${provider.name} (${provider.acronym})` : provider.name

/** One action in a list: who offers what, its status and deadline, and why it is open to whoever asks. */
export function FundingCard({ action, locale, strings, whyHeading }: Props) {
  const card = strings.card
  return (
    <article className="funding-card">
      <h3 className="funding-card__title">
        <Link href={`/${locale}/funding/${action.slug}`} prefetch={false}>
          {action.title}
        </Link>
      </h3>
      <p className="funding-card__badges">
        <StatusBadge status={action.status} locale={locale} />
        <TrustBadges stale={action.stale} isDemo={action.isDemo} strings={card} />
      </p>
      <p className="funding-card__summary">{action.summary}</p>
      <dl className="funding-card__facts">
        {action.providers.length > 0 && (
          <div>
            <dt>{card.providers}</dt>
            <dd>{action.providers.map(providerName).join(', ')}</dd>
          </div>
        )}
        <div>
          <dt>{card.instruments}</dt>
          <dd>{action.instruments.map((instrument) => optionLabel(FUNDING_INSTRUMENTS, instrument, locale)).join(', ')}</dd>
        </div>
        <div>
          <dt>{card.direction}</dt>
          <dd>{optionLabel(FUNDING_DIRECTIONS, action.direction, locale)}</dd>
        </div>
        {action.status === 'upcoming' && action.dates.opensAt && (
          <div>
            <dt>{card.opens}</dt>
            <dd>
              <Moment iso={action.dates.opensAt} zone={action.dates.opensAtZone} locale={locale} />
            </dd>
          </div>
        )}
        <div>
          <dt>{card.deadline}</dt>
          <dd>
            <Deadline dates={action.dates} locale={locale} strings={card} />
          </dd>
        </div>
      </dl>
      {whyHeading && action.reasons.length > 0 && (
        <div className="funding-card__why">
          <p className="funding-card__why-heading" id={`why-${action.id}`}>
            {whyHeading}
          </p>
          <ul aria-labelledby={`why-${action.id}`}>
            {action.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </div>
      )}
    </article>
  )
}
