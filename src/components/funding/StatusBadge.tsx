import type { Locale } from '@/i18n/locales'
import { FUNDING_STATUSES, type FundingStatus, optionLabel } from '@/lib/funding/options'

/** An action's status in words (colour only repeats what the words say). */
export function StatusBadge({ status, locale }: { status: FundingStatus; locale: Locale }) {
  return <span className={`funding-badge funding-status funding-status--${status}`}>{optionLabel(FUNDING_STATUSES, status, locale)}</span>
}

/** The warnings an entry carries: not verified lately, or demo data. */
export function TrustBadges({ stale, isDemo, strings }: { stale: boolean; isDemo: boolean; strings: { needsVerification: string; demo: string } }) {
  return (
    <>
      {stale && <span className="funding-badge funding-badge--stale">{strings.needsVerification}</span>}
      {isDemo && <span className="funding-badge funding-badge--demo">{strings.demo}</span>}
    </>
  )
}
