import type { Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { fill } from '@/lib/community/view'

/** Previous / next links around "Page n of m"; `href(page)` builds each page's URL. */
export function Pagination({ page, totalPages, href, locale }: { page: number; totalPages: number; href: (page: number) => string; locale: Locale }) {
  if (totalPages <= 1) return null
  const text = getStrings(locale).community.listing
  return (
    <nav className="community-pagination" aria-label={text.pagination}>
      {page > 1 ? (
        <a href={href(page - 1)} rel="prev">
          {text.previous}
        </a>
      ) : null}
      <span aria-current="page">{fill(text.page, { page, total: totalPages })}</span>
      {page < totalPages ? (
        <a href={href(page + 1)} rel="next">
          {text.next}
        </a>
      ) : null}
    </nav>
  )
}
