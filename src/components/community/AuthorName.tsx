import type { Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import type { AuthorView } from '@/lib/community/view'
import { communityHref } from '@/lib/community/view'

/** The author's name (a link to her profile, which only members and moderators can open) and badge. */
export function AuthorName({ author, locale, linked = false }: { author: AuthorView; locale: Locale; linked?: boolean }) {
  const text = getStrings(locale).community.author
  if (!author) return <span className="community-author community-author--former">{text.formerMember}</span>
  return (
    <span className="community-author">
      {linked ? <a href={communityHref(locale, `members/${author.id}`)}>{author.name}</a> : author.name}
      {author.verifiedOfficial ? <span className="community-badge">{text.verified}</span> : null}
    </span>
  )
}
