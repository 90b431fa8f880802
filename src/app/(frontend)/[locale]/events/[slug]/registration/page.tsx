import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ManageRegistrationView } from '@/components/eventRegistration/ManageRegistrationView'
import { isLocale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { loadManagedRegistration } from '@/lib/events/registration/page/managedRegistration'
import { parseManageNotice } from '@/lib/events/registration/page/manageLinks'
import { getPayloadClient } from '@/lib/payload'
import { acceptOfferAction, cancelRegistrationAction, changeModeAction, pickSessionsAction } from './actions'

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

// Private to whoever holds the link: rendered for each request, never cached.
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  // Referer only to our own origin: the token in the address never leaves the site, and the page's
  // forms still post with an Origin (no-referrer would make it null, and Next.js would refuse them).
  return { title: getStrings(locale).eventRegistration.breadcrumb.registration, robots: { index: false, follow: false }, referrer: 'same-origin' }
}

/**
 * /{locale}/events/{slug}/registration?token=… — a registrant's private page, opened from her
 * e-mails (no account). A wrong, old or revoked link answers 404 with the same words in every case.
 */
export default async function ManageRegistrationPage({ params, searchParams }: Props) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const query = await searchParams
  const token = typeof query.token === 'string' ? query.token : null
  const registration = await loadManagedRegistration(await getPayloadClient(), { token, editionSlug: slug, locale })
  if (!registration || !token) notFound()
  return (
    <ManageRegistrationView
      locale={locale}
      token={token}
      registration={registration}
      notice={parseManageNotice(query)}
      confirmingCancel={query.step === 'cancel'}
      actions={{ cancel: cancelRegistrationAction, accept: acceptOfferAction, changeMode: changeModeAction, pickSessions: pickSessionsAction }}
      strings={getStrings(locale).eventRegistration}
    />
  )
}
