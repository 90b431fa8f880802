import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { isLocale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { alertsPath, subscribePath } from '@/lib/funding/alerts/links'
import { loadManagedAlert } from '@/lib/funding/alerts/manage'
import { fill } from '@/lib/submissions/fill'
import { getPayloadClient } from '@/lib/payload'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string | string[]; confirmed?: string; unsubscribed?: string }> }

// Private to whoever holds the link: rendered for each request, never cached.
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return { title: getStrings(locale).fundingAlerts.manage.title, robots: { index: false, follow: false }, referrer: 'same-origin' }
}

/**
 * /{locale}/funding/alerts/manage?token=… — a subscriber's alert: what it watches, its state, and
 * the unsubscribe button (a POST: opening the page, or the email's link, stops nothing).
 */
export default async function ManageAlertPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const { manage, search } = getStrings(locale).fundingAlerts
  const { token, confirmed, unsubscribed } = await searchParams
  const value = typeof token === 'string' ? token : null
  const alert = await loadManagedAlert(await getPayloadClient(), value, locale)
  if (!alert || !value) {
    return (
      <div className="container submission">
        <h1>{manage.invalidTitle}</h1>
        <p>{manage.invalidText}</p>
      </div>
    )
  }
  const notice = alert.status === 'unsubscribed' && unsubscribed === '1' ? manage.unsubscribed : alert.status === 'confirmed' && confirmed === '1' ? manage.confirmed : null
  return (
    <div className="container submission">
      {notice ? (
        <p className="submission__notice" role="status">
          {notice}
        </p>
      ) : null}
      <h1>{manage.title}</h1>
      <p className="submission__lead">{fill(manage.lead, { email: alert.maskedEmail })}</p>
      <ul>
        {alert.search.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p>
        <a href={alert.searchPath}>{manage.openSearch}</a>
      </p>
      <p>{fill(search.line, { label: manage.statusLabel, values: manage.states[alert.status] })}</p>
      {alert.status === 'unsubscribed' ? (
        <p>
          <a href={subscribePath(locale, alert.query)}>{manage.subscribeAgain}</a>
        </p>
      ) : (
        <form method="post" action={`${alertsPath(locale, 'unsubscribe')}?token=${encodeURIComponent(value)}`}>
          <p>{manage.unsubscribeText}</p>
          <button className="button" type="submit">
            {manage.unsubscribeButton}
          </button>
        </form>
      )}
    </div>
  )
}
