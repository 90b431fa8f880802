import Link from 'next/link'

import { formatNumber, interpolate } from '@/i18n/interpolate'
import type { Locale } from '@/i18n/locales'
import type { FundingStrings } from '@/i18n/strings/funding/en'
import { fundingHref, withFundingPage } from '@/lib/funding/view/searchUrl'
import type { FundingSearchView } from '@/lib/funding/view/types'
import { pageWindow } from '@/lib/practices/searchUrl'

type Props = { view: FundingSearchView; locale: Locale; strings: FundingStrings['pagination'] }

/** Links to the other result pages, each with its own stable address. */
export function FundingPagination({ view, locale, strings }: Props) {
  const { page, pageCount, params } = view
  if (pageCount <= 1) return null
  const href = (n: number) => fundingHref(locale, withFundingPage(params, n))
  return (
    <nav className="pagination" aria-label={strings.label}>
      <ul>
        {page > 1 && (
          <li className="pagination__step">
            <Link href={href(page - 1)} rel="prev" aria-label={strings.previousPage} prefetch={false}>
              <span aria-hidden="true">← </span>
              {strings.previous}
            </Link>
          </li>
        )}
        {pageWindow(page, pageCount).map((n, index) =>
          n === null ? (
            <li key={`gap-${index}`} className="pagination__gap" aria-hidden="true">
              …
            </li>
          ) : (
            <li key={n}>
              <Link href={href(n)} aria-label={interpolate(strings.page, { page: n }, locale)} aria-current={n === page ? 'page' : undefined} prefetch={false}>
                {formatNumber(n, locale)}
              </Link>
            </li>
          ),
        )}
        {page < pageCount && (
          <li className="pagination__step">
            <Link href={href(page + 1)} rel="next" aria-label={strings.nextPage} prefetch={false}>
              {strings.next}
              <span aria-hidden="true"> →</span>
            </Link>
          </li>
        )}
      </ul>
    </nav>
  )
}
