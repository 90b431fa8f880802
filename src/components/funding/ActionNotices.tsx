import { interpolate } from '@/i18n/interpolate'
import type { Locale } from '@/i18n/locales'
import type { FundingStrings } from '@/i18n/strings/funding/en'
import { formatDay } from '@/lib/funding/view/deadline'

type Props = { lastVerifiedAt: string | null; stale: boolean; isDemo: boolean; locale: Locale; strings: FundingStrings['action'] }

/** How far to trust the entry: demo data, when it was last checked, or that it needs checking. */
export function ActionNotices({ lastVerifiedAt, stale, isDemo, locale, strings }: Props) {
  return (
    <div className="funding-action__notices">
      {isDemo && <p className="funding-notice funding-notice--warning">{strings.demoNotice}</p>}
      {stale ? (
        <p className="funding-notice funding-notice--warning">{lastVerifiedAt ? strings.staleNotice : strings.neverVerified}</p>
      ) : null}
      {lastVerifiedAt && (
        <p className="funding-verified">
          <time dateTime={lastVerifiedAt}>{interpolate(strings.lastVerified, { date: formatDay(lastVerifiedAt, locale) })}</time>
        </p>
      )}
    </div>
  )
}
