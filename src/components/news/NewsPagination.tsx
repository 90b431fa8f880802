import { interpolate } from '@/i18n/interpolate'
import type { Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { newsListPath } from '@/lib/news/links'

type Props = { locale: Locale; page: number; totalPages: number; category: string | null }

/** Previous / next links around "Page n of m", keeping the category. */
export function NewsPagination({ locale, page, totalPages, category }: Props) {
  if (totalPages <= 1) return null
  const text = getStrings(locale).news.pagination
  const href = (n: number) => newsListPath(locale, { category, page: n })
  return (
    <nav className="news-pagination" aria-label={text.label}>
      {page > 1 && (
        <a href={href(page - 1)} rel="prev">
          {text.previous}
        </a>
      )}
      <span aria-current="page">{interpolate(text.page, { page, total: totalPages }, locale)}</span>
      {page < totalPages && (
        <a href={href(page + 1)} rel="next">
          {text.next}
        </a>
      )}
    </nav>
  )
}
