import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { isLocale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { maskEmail } from '@/lib/funding/alerts/manage'
import { communityPath, notificationSettingsPath } from '@/lib/community/notifications/links'
import { describeUnsubscribe } from '@/lib/community/notifications/unsubscribe'
import { getPayloadClient } from '@/lib/payload'
import { fill } from '@/lib/submissions/fill'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string | string[]; done?: string }> }

// Private to whoever holds the link: rendered for each request, never cached.
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return { title: getStrings(locale).communityNotifications.unsubscribe.metaTitle, robots: { index: false, follow: false }, referrer: 'same-origin' }
}

/**
 * /{locale}/community/unsubscribe/confirm?token=… — where an email's unsubscribe link leads: what
 * the link stops (all community email, or one follow) and one button that does it (a POST; opening
 * the page stops nothing). No sign-in needed.
 */
export default async function UnsubscribeConfirmPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const text = getStrings(locale).communityNotifications.unsubscribe
  const { token, done } = await searchParams
  const value = typeof token === 'string' ? token : null
  const target = await describeUnsubscribe(await getPayloadClient(), value, locale)
  const settings = (
    <p>
      <a href={notificationSettingsPath(locale)}>{text.settingsLink}</a>
    </p>
  )
  if (target.status === 'invalid' || !value) {
    return (
      <div className="container submission community-unsubscribe">
        <h1>{text.invalidTitle}</h1>
        <p>{text.invalidText}</p>
        {settings}
      </div>
    )
  }
  const follow = Boolean(target.scope.thread || target.scope.space)
  const title = target.title ?? text.unknownTarget
  if (done === '1') {
    return (
      <div className="container submission community-unsubscribe">
        <h1>{text.doneTitle}</h1>
        <p role="status">{follow ? fill(text.doneFollow, { title }) : text.doneAll}</p>
        {settings}
      </div>
    )
  }
  return (
    <div className="container submission community-unsubscribe">
      <h1>{target.scope.thread ? text.threadTitle : target.scope.space ? text.spaceTitle : text.allTitle}</h1>
      <p className="submission__lead">{maskEmail(target.email)}</p>
      <form method="post" action={`${communityPath(locale, 'unsubscribe')}?token=${encodeURIComponent(value)}`}>
        <p>{follow ? fill(text.followText, { title }) : text.allText}</p>
        <button className="button" type="submit">
          {follow ? text.confirmFollow : text.confirm}
        </button>
      </form>
      {settings}
    </div>
  )
}
