import { SignOutButton } from '@/components/members/SignOutButton'
import type { Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { memberPath } from '@/lib/community/members/paths'
import { currentViewer } from '@/lib/community/session'

// The admin panel is another root layout: a plain link (a full page load) is what it needs.
const REVIEW_QUEUE = '/admin/community-review'

/**
 * The community's account menu: "Sign in / Join" for visitors, "<name> · My account · Sign out" for
 * a signed-in member (sign-out is a POST form), and the review queue for a moderator.
 */
export async function MemberMenu({ locale }: { locale: Locale }) {
  const { member, moderator } = await currentViewer()
  const { menu } = getStrings(locale).members
  return (
    <nav className="member-menu" aria-label={menu.label}>
      <ul className="member-menu__items">
        {member ? (
          <>
            <li className="member-menu__name">{member.name}</li>
            <li>
              <a href={memberPath(locale, 'account')}>{menu.account}</a>
            </li>
            <li>
              <SignOutButton locale={locale} label={menu.signOut} className="member-menu__sign-out" />
            </li>
          </>
        ) : moderator ? (
          <>
            <li className="member-menu__name">{moderator.name ?? moderator.email}</li>
            <li>
              <a href={REVIEW_QUEUE}>{menu.reviewQueue}</a>
            </li>
          </>
        ) : (
          <>
            <li>
              <a href={memberPath(locale, 'sign-in')}>{menu.signIn}</a>
            </li>
            <li>
              <a href={memberPath(locale, 'sign-up')}>{menu.join}</a>
            </li>
          </>
        )}
      </ul>
    </nav>
  )
}
