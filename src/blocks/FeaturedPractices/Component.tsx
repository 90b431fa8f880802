import { PracticeCard } from '@/components/practices/PracticeCard'
import type { Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { savedSearchParams } from '@/lib/campaigns/savedQuery'
import { parsePracticeSearchParams, type PracticeCard as PracticeCardView } from '@/lib/practices/search'
import { practicesHref } from '@/lib/practices/searchUrl'
import type { FeaturedPracticesBlock as FeaturedPracticesBlockData } from '@/payload-types'

type Props = FeaturedPracticesBlockData & { items: PracticeCardView[]; locale: Locale; authoredLang?: string }

/** Practices as the repository shows them (its own cards), with a way to the whole search when it is one. */
export function FeaturedPracticesBlock({ id, heading, mode, query, items, locale, authoredLang }: Props) {
  const strings = getStrings(locale)
  const headingId = `practices-${id ?? 'block'}`
  if (items.length === 0) return null
  return (
    <section className="campaign-practices" aria-labelledby={headingId}>
      <h2 id={headingId} lang={heading ? authoredLang : undefined}>
        {heading || strings.campaigns.blocks.featuredHeading}
      </h2>
      <ul className="practice-card-list">
        {items.map((practice) => (
          <li key={practice.id}>
            <PracticeCard practice={practice} locale={locale} strings={strings.repository.card} showImage />
          </li>
        ))}
      </ul>
      {mode === 'query' && (
        <p>
          <a href={practicesHref(locale, { ...parsePracticeSearchParams(savedSearchParams(query)), page: 1 })}>{strings.campaigns.blocks.allPractices}</a>
        </p>
      )}
    </section>
  )
}
