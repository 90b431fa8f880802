import Link from 'next/link'

import type { Locale } from '@/i18n/locales'
import { newsItemPath } from '@/lib/news/links'
import type { NewsSummaryView } from '@/lib/news/newsView'
import { formatNewsDate } from './format'

type Props = { item: NewsSummaryView; locale: Locale; headingLevel?: 'h2' | 'h3' }

/** One item of the news list: picture, title (the link), date, categories and summary. */
export function NewsCard({ item, locale, headingLevel: Heading = 'h2' }: Props) {
  return (
    <article className="card news-card">
      {item.hero && (
        // eslint-disable-next-line @next/next/no-img-element -- images are served as uploaded (images.unoptimized)
        <img className="news-card__image" src={item.hero.url} alt="" width={item.hero.width ?? undefined} height={item.hero.height ?? undefined} loading="lazy" decoding="async" />
      )}
      <Heading className="news-card__title">
        <Link href={newsItemPath(locale, item.slug)} prefetch={false}>
          {item.title}
        </Link>
      </Heading>
      {item.publishedAt && (
        <p className="news-meta">
          <time dateTime={item.publishedAt}>{formatNewsDate(item.publishedAt, locale)}</time>
          {item.categories.length > 0 && <span> · {item.categories.map((category) => category.title).join(', ')}</span>}
        </p>
      )}
      <p>{item.summary}</p>
    </article>
  )
}
