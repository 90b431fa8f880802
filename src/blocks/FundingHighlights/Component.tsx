import { FundingCard } from '@/components/funding/FundingCard'
import type { Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { savedSearchParams } from '@/lib/campaigns/savedQuery'
import { fundingQueryString, parseFundingSearchParams } from '@/lib/funding/params'
import type { FundingCardView } from '@/lib/funding/view/types'
import type { FundingHighlightsBlock as FundingHighlightsBlockData } from '@/payload-types'

type Props = FundingHighlightsBlockData & { items: FundingCardView[]; locale: Locale; authoredLang?: string }

/** Funding actions open now, as the funding search shows them (status, deadline in the funder's zone). */
export function FundingHighlightsBlock({ id, heading, mode, query, items, locale, authoredLang }: Props) {
  const strings = getStrings(locale)
  const headingId = `funding-${id ?? 'block'}`
  const search = mode === 'query' ? fundingQueryString({ ...parseFundingSearchParams(savedSearchParams(query)), page: 1 }) : ''
  return (
    <section className="campaign-funding" aria-labelledby={headingId}>
      <h2 id={headingId} lang={heading ? authoredLang : undefined}>
        {heading || strings.campaigns.blocks.fundingHeading}
      </h2>
      {items.length === 0 ? (
        <p>{strings.campaigns.blocks.noFunding}</p>
      ) : (
        <ul className="campaign-funding__list">
          {items.map((action) => (
            <li key={action.id}>
              <FundingCard action={action} locale={locale} strings={strings.funding} />
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href={`/${locale}/funding${search}`}>{strings.campaigns.blocks.allFunding}</a>
      </p>
    </section>
  )
}
