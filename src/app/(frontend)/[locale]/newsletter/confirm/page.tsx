import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { confirmAction } from '@/components/newsletter/actions'
import { isLocale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { maskEmail } from '@/lib/funding/alerts/manage'
import { newsletterPath } from '@/lib/newsletter/links'
import { checkConfirmToken } from '@/lib/newsletter/subscribers/confirm'
import { getPayloadClient } from '@/lib/payload'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string | string[] }> }

// Private to whoever holds the link: rendered for each request, never cached.
export const dynamic = 'force-dynamic'

// 'same-origin', not 'no-referrer': the token never leaves our origin in a Referer either way, and with
// 'no-referrer' the browser sends `Origin: null` with the button's POST, which Next.js refuses.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return { title: getStrings(locale).newsletter.confirm.title, robots: { index: false, follow: false }, referrer: 'same-origin' }
}

/**
 * /{locale}/newsletter/confirm?token=… — the link of the confirmation email. Opening it changes
 * nothing (mail scanners open links too): the subscriber confirms with the button.
 */
export default async function ConfirmSubscriptionPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const { confirm } = getStrings(locale).newsletter
  const { token } = await searchParams
  const value = typeof token === 'string' ? token : null
  const check = await checkConfirmToken(await getPayloadClient(), value)
  if (check.status !== 'ready') {
    const [title, text] = { invalid: [confirm.invalidTitle, confirm.invalidText], expired: [confirm.expiredTitle, confirm.expiredText], used: [confirm.usedTitle, confirm.usedText] }[
      check.status
    ]
    return (
      <div className="container submission newsletter-page">
        <h1>{title}</h1>
        <p>{text}</p>
        {check.status === 'used' ? null : (
          <p>
            <a href={newsletterPath(locale)}>{confirm.subscribeAgain}</a>
          </p>
        )}
      </div>
    )
  }
  return (
    <div className="container submission newsletter-page">
      <h1>{confirm.title}</h1>
      <p className="submission__lead">{confirm.text}</p>
      <p className="newsletter-page__address">{maskEmail(check.subscriber.email)}</p>
      <form action={confirmAction}>
        <input type="hidden" name="pageLocale" value={locale} />
        <input type="hidden" name="token" value={value ?? ''} />
        <button className="button" type="submit">
          {confirm.button}
        </button>
      </form>
    </div>
  )
}
