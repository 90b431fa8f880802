import type { Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { followAction } from '@/lib/community/notifications/followActions'
import { CADENCES, findFollow, type FollowTarget, isSuspended } from '@/lib/community/notifications/follows'
import { communityPath, notificationSettingsPath } from '@/lib/community/notifications/links'
import { currentViewer } from '@/lib/community/session'
import { getPayloadClient } from '@/lib/payload'

type Props = { locale: Locale; target: FollowTarget }

async function pageOf(locale: Locale, target: FollowTarget): Promise<string> {
  if ('thread' in target) return communityPath(locale, `threads/${target.thread}`)
  const payload = await getPayloadClient()
  const space = await payload.findByID({ collection: 'community-spaces', id: target.space, depth: 0, disableErrors: true, select: { slug: true } })
  return space ? communityPath(locale, `spaces/${space.slug}`) : communityPath(locale)
}

/**
 * Follow / unfollow a thread or a space, and how often to be emailed about it: plain forms posting
 * to a server action, so they work without JavaScript. Signed-out visitors get a sign-in link;
 * moderators (staff) nothing.
 */
export async function FollowForm({ locale, target }: Props) {
  const { follow: text } = getStrings(locale).communityNotifications
  const { member, moderator } = await currentViewer()
  const back = await pageOf(locale, target)
  if (!member) {
    if (moderator) return null
    return (
      <p className="community-follow">
        <a href={`${communityPath(locale, 'sign-in')}?next=${encodeURIComponent(back)}`}>{text.signIn}</a>
      </p>
    )
  }
  const existing = await findFollow(await getPayloadClient(), member.id, target)
  const kind = 'thread' in target ? 'thread' : 'space'
  const targetId = 'thread' in target ? target.thread : target.space
  const id = `follow-${kind}-${targetId}`
  const hidden = (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name={kind} value={targetId} />
      <input type="hidden" name="back" value={back} />
    </>
  )
  if (!existing && isSuspended(member)) {
    return (
      <p className="community-follow" role="note">
        {text.suspended}
      </p>
    )
  }
  const cadence = existing?.cadence ?? member.notifications?.cadence ?? 'immediate'
  return (
    <section className="community-follow" aria-label={text.follow}>
      {existing ? <p className="community-follow__state">{text.following}</p> : null}
      <form action={followAction} className="community-follow__form">
        {hidden}
        <label className="community-follow__label" htmlFor={`${id}-cadence`}>
          {text.cadenceLabel}
        </label>{' '}
        <select className="field__select" id={`${id}-cadence`} name="cadence" defaultValue={cadence} aria-describedby={`${id}-hint`}>
          {CADENCES.map((value) => (
            <option key={value} value={value}>
              {text.cadences[value]}
            </option>
          ))}
        </select>{' '}
        <button className="button" type="submit" name="intent" value="follow">
          {existing ? text.change : text.follow}
        </button>
        <p className="community-follow__hint" id={`${id}-hint`}>
          {kind === 'thread' ? text.threadHint : text.spaceHint}
        </p>
      </form>
      {existing ? (
        <form action={followAction} className="community-follow__form">
          {hidden}
          <button className="button button--secondary" type="submit" name="intent" value="unfollow">
            {text.unfollow}
          </button>
        </form>
      ) : null}
      {member.notifications?.email === false ? (
        <p className="community-follow__note">
          {text.emailOff} <a href={notificationSettingsPath(locale)}>{text.settingsLink}</a>
        </p>
      ) : null}
    </section>
  )
}
