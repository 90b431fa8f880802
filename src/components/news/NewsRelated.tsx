import Link from 'next/link'

import type { Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import type { NewsItemView, RelatedLink } from '@/lib/news/newsView'

type Props = { related: NewsItemView['related']; locale: Locale }

/** Related practices, cities and campaigns that the public can open (drafts were left out). */
export function NewsRelated({ related, locale }: Props) {
  const text = getStrings(locale).news.item
  const groups: Array<{ key: string; title: string; prefix: string; links: RelatedLink[] }> = [
    { key: 'practices', title: text.relatedPractices, prefix: 'practices', links: related.practices },
    { key: 'cities', title: text.relatedCities, prefix: 'cities', links: related.cities },
    { key: 'campaigns', title: text.relatedCampaigns, prefix: 'campaigns', links: related.campaigns },
  ].filter((group) => group.links.length > 0)
  if (groups.length === 0) return null
  return (
    <section className="news-related" aria-labelledby="news-related-heading">
      <h2 id="news-related-heading">{text.related}</h2>
      {groups.map((group) => (
        <div key={group.key}>
          <h3>{group.title}</h3>
          <ul>
            {group.links.map((link) => (
              <li key={link.slug}>
                <Link href={`/${locale}/${group.prefix}/${link.slug}`} prefetch={false}>
                  {link.title}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  )
}
