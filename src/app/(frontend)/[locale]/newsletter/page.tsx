import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { signupAction } from '@/components/newsletter/actions'
import { SignupForm } from '@/components/newsletter/SignupForm.client'
import { isLocale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { NEWSLETTER_CONSENT_VERSION } from '@/lib/newsletter/subscribers/consent'
import { getInterestChoices } from '@/lib/newsletter/subscribers/options'

type Props = { params: Promise<{ locale: string }> }

export const revalidate = 3600

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const { signup } = getStrings(locale).newsletter
  // The form renders the <title> itself: after a post with errors it starts with "Error:".
  return { title: null, description: signup.lead, openGraph: { title: signup.title } }
}

/** /{locale}/newsletter — the sign-up form on a page of its own. */
export default async function NewsletterPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const strings = getStrings(locale)
  const { signup, errors, checkEmail } = strings.newsletter
  return (
    <div className="container submission newsletter-page">
      <h1>{signup.title}</h1>
      <p className="submission__lead">{signup.lead}</p>
      <SignupForm
        action={signupAction}
        locale={locale}
        idPrefix="newsletter"
        choices={await getInterestChoices(locale)}
        consentVersion={NEWSLETTER_CONSENT_VERSION}
        pageTitle={`${signup.title} — ${strings.site.shortName}`}
        strings={{ signup, errors, checkEmail }}
      />
    </div>
  )
}
