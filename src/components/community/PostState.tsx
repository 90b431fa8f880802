import type { Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import type { PostState as PostStateValue } from '@/lib/community/options'
import { communityHref } from '@/lib/community/view'

/**
 * What the author (or a moderator) is told about a post others cannot see: held for review, hidden
 * after flags, or removed (with the link to appeal the action). Nothing for a published post.
 */
type Props = { state: PostStateValue; locale: Locale; moderatorView?: boolean; appealActionId?: number | null }

export function PostState({ state, locale, moderatorView = false, appealActionId = null }: Props) {
  if (state === 'published') return null
  const text = getStrings(locale).community.state
  return (
    <div className={`community-state community-state--${state}`} role="note">
      <p>
        {moderatorView ? <strong>{text.moderatorView}: </strong> : null}
        {text[state]}
      </p>
      {appealActionId && !moderatorView ? (
        <p>
          <a href={communityHref(locale, `appeals/new?action=${appealActionId}`)}>{text.appeal}</a>
        </p>
      ) : null}
    </div>
  )
}
