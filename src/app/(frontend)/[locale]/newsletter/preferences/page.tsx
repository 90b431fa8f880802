import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { PreferencesForm } from '@/components/newsletter/PreferencesForm'
import { isLocale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { newsletterPath } from '@/lib/newsletter/links'
import { getInterestChoices } from '@/lib/newsletter/subscribers/options'
import { loadPreferences } from '@/lib/newsletter/subscribers/preferences'
import { getPayloadClient } from '@/lib/payload'

type Flags = { confirmed?: string; saved?: string; resubscribe?: string; error?: string }
type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string | string[] } & Flags> }

// Private to whoever holds the link: rendered for each request, never cached.
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const { preferences, signup } = getStrings(locale).newsletter
  const { error } = await searchParams
  return { title: error ? `${signup.errorTitlePrefix} ${preferences.title}` : preferences.title, robots: { index: false, follow: false }, referrer: 'same-origin' }
}

/**
 * /{locale}/newsletter/preferences?token=… — a subscriber's language and interests, and the way to
 * unsubscribe or subscribe again, by the signed link of her emails (no account).
 */
export default async function NewsletterPreferencesPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const { preferences } = getStrings(locale).newsletter
  const { token, ...flags } = await searchParams
  const value = typeof token === 'string' ? token : null
  const subscriber = await loadPreferences(await getPayloadClient(), value)
  if (!subscriber || !value) {
    return (
      <div className="container submission newsletter-page">
        <h1>{preferences.invalidTitle}</h1>
        <p>{preferences.invalidText}</p>
        <p>
          <a href={newsletterPath(locale)}>{preferences.subscribe}</a>
        </p>
      </div>
    )
  }
  return <PreferencesForm locale={locale} token={value} subscriber={subscriber} choices={await getInterestChoices(locale)} flags={flags} />
}
