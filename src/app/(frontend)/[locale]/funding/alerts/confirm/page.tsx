import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { isLocale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { checkConfirmToken } from '@/lib/funding/alerts/confirm'
import { describeFundingSearch } from '@/lib/funding/alerts/describeSearch'
import { alertSearch } from '@/lib/funding/alerts/digestContent'
import { alertsPath } from '@/lib/funding/alerts/links'
import { getPayloadClient } from '@/lib/payload'
import { confirmAlertAction } from '../actions'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string | string[] }> }

// Private to whoever holds the link: rendered for each request, never cached.
export const dynamic = 'force-dynamic'

// 'same-origin', not 'no-referrer': the token never leaves our origin in a Referer either way, and with
// 'no-referrer' the browser sends `Origin: null` with the confirm button's POST, which Next.js refuses.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return { title: getStrings(locale).fundingAlerts.confirm.title, robots: { index: false, follow: false }, referrer: 'same-origin' }
}

/**
 * /{locale}/funding/alerts/confirm?token=… — the link of the confirmation email. Opening it changes
 * nothing (mail scanners open links too): the subscriber confirms with the button.
 */
export default async function ConfirmAlertPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const { confirm } = getStrings(locale).fundingAlerts
  const { token } = await searchParams
  const value = typeof token === 'string' ? token : null
  const payload = await getPayloadClient()
  const check = await checkConfirmToken(payload, value)
  if (check.status !== 'ready') {
    const problem = { invalid: [confirm.invalidTitle, confirm.invalidText], expired: [confirm.expiredTitle, confirm.expiredText], used: [confirm.usedTitle, confirm.usedText] }[
      check.status
    ]
    return (
      <div className="container submission">
        <h1>{problem[0]}</h1>
        <p>{problem[1]}</p>
        {check.status === 'used' ? null : (
          <p>
            <a href={alertsPath(locale)}>{confirm.subscribeAgain}</a>
          </p>
        )}
      </div>
    )
  }
  const lines = await describeFundingSearch(payload, alertSearch(check.alert), locale)
  return (
    <div className="container submission">
      <h1>{confirm.title}</h1>
      <p className="submission__lead">{confirm.text}</p>
      <ul>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <form action={confirmAlertAction}>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="token" value={value ?? ''} />
        <button className="button" type="submit">
          {confirm.button}
        </button>
      </form>
    </div>
  )
}
