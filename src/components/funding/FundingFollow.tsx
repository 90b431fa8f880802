import type { Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { fundingFeedLinks } from '@/lib/funding/feeds/links'
import type { FundingSearchParams } from '@/lib/funding/params'

type Props = { params: FundingSearchParams; locale: Locale }

/** The same search as an e-mail alert, a calendar of deadlines, an Atom feed and open data. */
export function FundingFollow({ params, locale }: Props) {
  const links = fundingFeedLinks(locale, params)
  const strings = getStrings(locale).fundingAlerts.subscribe
  return (
    <section className="funding-follow" aria-labelledby="funding-follow-heading">
      <h2 id="funding-follow-heading">{strings.otherFormats}</h2>
      <ul>
        <li>
          <a href={links.alert}>{strings.title}</a>
        </li>
        <li>
          <a href={links.webcal}>{strings.calendar}</a> (<a href={links.calendar}>.ics</a>)
        </li>
        <li>
          <a href={links.atom} type="application/atom+xml">
            {strings.atom}
          </a>
        </li>
        <li>
          <a href={links.csv} type="text/csv">
            {strings.csv}
          </a>
        </li>
        <li>
          <a href={links.json} type="application/json">
            {strings.json}
          </a>
        </li>
      </ul>
    </section>
  )
}
