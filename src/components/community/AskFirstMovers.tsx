import type { Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { communityHref } from '@/lib/community/view/links'

/**
 * On a practice page: a question to its team in the community. The team hears of it when the
 * question is published (the notifications fan-out reads the thread's practices).
 */
export function AskFirstMovers({ locale, slug }: { locale: Locale; slug: string }) {
  const text = getStrings(locale).community.firstMovers
  return (
    <aside className="container community-first-movers" aria-label={text.link}>
      <p>{text.hint}</p>
      <p>
        <a className="button" href={`${communityHref(locale, 'new')}?practice=${encodeURIComponent(slug)}&kind=question`}>
          {text.link}
        </a>
      </p>
    </aside>
  )
}
