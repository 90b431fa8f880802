import type { Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { THREAD_SORTS, type ThreadSort } from '@/lib/community/view'

/** Latest · Unanswered · Solved, as links (each listing has its own URL). */
export function SortTabs({ current, href, locale }: { current: ThreadSort; href: (sort: ThreadSort) => string; locale: Locale }) {
  const text = getStrings(locale).community.sorts
  return (
    <nav className="community-sorts" aria-label={text.label}>
      <ul>
        {THREAD_SORTS.map((sort) => (
          <li key={sort}>
            <a href={href(sort)} aria-current={sort === current ? 'page' : undefined}>
              {text[sort]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
