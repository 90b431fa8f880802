import type { Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { communityGuidelinesPath } from '@/lib/community/guidelines'
import { communityHref } from '@/lib/community/view'
import { MemberMenu } from './MemberMenu'

/** The community's sub-navigation, with the member's menu (sign in / her account). */
export function CommunityNav({ locale }: { locale: Locale }) {
  const text = getStrings(locale).community.nav
  return (
    <nav className="community-nav" aria-label={text.label}>
      <div className="container community-nav__inner">
        <ul className="community-nav__links">
          <li>
            <a href={communityHref(locale)}>{text.home}</a>
          </li>
          <li>
            <a href={`${communityHref(locale)}#spaces`}>{text.spaces}</a>
          </li>
          <li>
            <a href={communityHref(locale, 'search')}>{text.search}</a>
          </li>
          <li>
            <a href={communityHref(locale, 'new')}>{text.newThread}</a>
          </li>
          <li>
            <a href={communityHref(locale, 'moderation-log')}>{text.moderationLog}</a>
          </li>
          <li>
            <a href={communityGuidelinesPath(locale)}>{text.guidelines}</a>
          </li>
        </ul>
        <MemberMenu locale={locale} />
      </div>
    </nav>
  )
}
