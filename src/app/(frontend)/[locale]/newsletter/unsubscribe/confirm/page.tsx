import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { isLocale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { newsletterPath } from '@/lib/newsletter/links'
import { preferencesPagePath, unsubscribeFormAction } from '@/lib/newsletter/subscribers/pages'
import { loadPreferences } from '@/lib/newsletter/subscribers/preferences'
import { getPayloadClient } from '@/lib/payload'
import { fill } from '@/lib/submissions/fill'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string | string[]; done?: string }> }

// Private to whoever holds the link: rendered for each request, never cached.
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return { title: getStrings(locale).newsletter.unsubscribe.title, robots: { index: false, follow: false }, referrer: 'same-origin' }
}

/**
 * /{locale}/newsletter/unsubscribe/confirm?token=… — where a newsletter's unsubscribe link leads:
 * one button that posts to the one-click address (opening the page stops nothing). No account needed.
 */
export default async function UnsubscribePage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const { unsubscribe } = getStrings(locale).newsletter
  const { token, done } = await searchParams
  const value = typeof token === 'string' ? token : null
  const subscriber = await loadPreferences(await getPayloadClient(), value)
  if (!subscriber || !value) {
    return (
      <div className="container submission newsletter-page">
        <h1>{unsubscribe.invalidTitle}</h1>
        <p>{unsubscribe.invalidText}</p>
        <p>
          <a href={newsletterPath(locale)}>{unsubscribe.subscribeAgain}</a>
        </p>
      </div>
    )
  }
  const preferences = (
    <p>
      <a href={preferencesPagePath(locale, value)}>{unsubscribe.preferencesLink}</a>
    </p>
  )
  if (done === '1' && subscriber.status === 'unsubscribed') {
    return (
      <div className="container submission newsletter-page">
        <h1>{unsubscribe.doneTitle}</h1>
        <p role="status">{unsubscribe.doneText}</p>
        {preferences}
      </div>
    )
  }
  return (
    <div className="container submission newsletter-page">
      <h1>{unsubscribe.title}</h1>
      <form method="post" action={unsubscribeFormAction(locale, value)}>
        <p className="submission__lead">{fill(unsubscribe.text, { email: subscriber.maskedEmail })}</p>
        <button className="button" type="submit">
          {unsubscribe.button}
        </button>
      </form>
      {preferences}
    </div>
  )
}
