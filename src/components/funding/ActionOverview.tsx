import Link from 'next/link'

import type { Locale } from '@/i18n/locales'
import type { FundingStrings } from '@/i18n/strings/funding/en'
import { FUNDING_DIRECTIONS, FUNDING_INSTRUMENTS, FUNDING_LEVELS, type FundingStatus, optionLabel } from '@/lib/funding/options'
import type { FundingActionView } from '@/lib/funding/view/actionView'
import { providerName } from './FundingCard'
import { StatusBadge } from './StatusBadge'

type Props = { action: FundingActionView; status: FundingStatus; locale: Locale; strings: FundingStrings['action']['facts'] }

/** Who offers the action, at what level, in which direction, with which instruments, on which themes. */
export function ActionOverview({ action, status, locale, strings }: Props) {
  return (
    <dl className="funding-facts">
      {action.providers.length > 0 && (
        <div className="funding-facts__wide">
          <dt>{strings.providers}</dt>
          <dd>
            <ul className="funding-providers">
              {action.providers.map((provider) => (
                <li key={provider.name}>
                  {provider.logo && (
                    // eslint-disable-next-line @next/next/no-img-element -- images are served as uploaded (images.unoptimized)
                    <img src={provider.logo.url} alt="" width={provider.logo.width ?? undefined} height={provider.logo.height ?? undefined} loading="lazy" />
                  )}
                  {provider.website ? <a href={provider.website}>{providerName(provider)}</a> : <span>{providerName(provider)}</span>}
                </li>
              ))}
            </ul>
          </dd>
        </div>
      )}
      {action.providerCountry && (
        <div>
          <dt>{strings.providerCountry}</dt>
          <dd>
            <Link href={`/${locale}/countries/${action.providerCountry.slug}`} prefetch={false}>
              {action.providerCountry.name}
            </Link>
          </dd>
        </div>
      )}
      <div>
        <dt>{strings.level}</dt>
        <dd>{optionLabel(FUNDING_LEVELS, action.level, locale)}</dd>
      </div>
      <div>
        <dt>{strings.direction}</dt>
        <dd>{optionLabel(FUNDING_DIRECTIONS, action.direction, locale)}</dd>
      </div>
      <div>
        <dt>{strings.instruments}</dt>
        <dd>{action.instruments.map((instrument) => optionLabel(FUNDING_INSTRUMENTS, instrument, locale)).join(', ')}</dd>
      </div>
      {action.themes.length > 0 && (
        <div>
          <dt>{strings.themes}</dt>
          <dd>
            <ul className="funding-inline-list">
              {action.themes.map((theme) => (
                <li key={theme.slug}>
                  <Link href={`/${locale}/funding?theme=${encodeURIComponent(theme.slug)}`} prefetch={false}>
                    {theme.name}
                  </Link>
                </li>
              ))}
            </ul>
          </dd>
        </div>
      )}
      <div>
        <dt>{strings.status}</dt>
        <dd>
          <StatusBadge status={status} locale={locale} />
        </dd>
      </div>
    </dl>
  )
}
