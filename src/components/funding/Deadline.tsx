import type { Locale } from '@/i18n/locales'
import { formatInZone } from '@/lib/funding/view/deadline'
import type { FundingDatesView } from '@/lib/funding/view/types'

type Props = { dates: FundingDatesView; locale: Locale; strings: { rolling: string; noDeadline: string } }

/** The deadline in the funder's own time zone, named; "rolling" or "none announced" otherwise. */
export function Deadline({ dates, locale, strings }: Props) {
  if (dates.rolling) return <>{strings.rolling}</>
  if (!dates.closesAt) return <>{strings.noDeadline}</>
  return <Moment iso={dates.closesAt} zone={dates.closesAtZone} locale={locale} />
}

/** A moment as the funder set it, machine-readable too. */
export function Moment({ iso, zone, locale }: { iso: string; zone: string | null; locale: Locale }) {
  return <time dateTime={iso}>{formatInZone(iso, zone, locale)}</time>
}
