import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { notFound } from 'next/navigation'

import { PracticeContacts } from '@/components/practice/PracticeContacts'
import { isLocale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { interpolate } from '@/i18n/interpolate'
import { findPracticeContacts } from '@/lib/practices/practiceContacts'
import { getPayloadClient } from '@/lib/payload'
import type { Member, User } from '@/payload-types'

// Per visitor: contacts are personal data for signed-in members and staff only.
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return { title: getStrings(locale).practice.sections.contacts, robots: { index: false, follow: false } }
}

/** /{locale}/practices/{slug}/contacts — who to contact about a practice, for signed-in members. */
export default async function PracticeContactsPage({ params }: Props) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const { contacts: strings, sections } = getStrings(locale).practice
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  const practiceHref = `/${locale}/practices/${encodeURIComponent(slug)}`
  if (!user) {
    const next = encodeURIComponent(`${practiceHref}/contacts`)
    return (
      <div className="container practice-contacts-page">
        <h1>{sections.contacts}</h1>
        <p>{strings.signInLead}</p>
        <p>
          <a className="button" href={`/${locale}/community/sign-in?next=${next}`}>
            {strings.signIn}
          </a>{' '}
          <a href={`/${locale}/community/sign-up`}>{strings.join}</a>
        </p>
        <p>
          <a href={practiceHref}>{strings.back}</a>
        </p>
      </div>
    )
  }
  const view = await findPracticeContacts(payload, slug, locale, user as Member | User)
  if (!view) notFound()
  return (
    <div className="container practice-contacts-page">
      <h1>{interpolate(strings.pageTitle, { title: view.title })}</h1>
      {view.contacts.length ? <PracticeContacts contacts={view.contacts} strings={strings} /> : <p>{strings.none}</p>}
      <p>
        <a href={`/${locale}/practices/${view.slug}`}>{strings.back}</a>
      </p>
    </div>
  )
}
