import type { Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { NEWSLETTER_CONSENT_VERSION } from '@/lib/newsletter/subscribers/consent'
import { getInterestChoices } from '@/lib/newsletter/subscribers/options'
import { signupAction } from './actions'
import { SignupForm } from './SignupForm.client'

type Props = {
  locale: Locale
  heading?: string | null
  text?: string | null
  idPrefix: string
  campaignId?: number | null
  preselectedThemes?: string[]
}

/** A sign-up section (heading, text, form) for a campaign page; the newsletter page uses the form alone. */
export async function NewsletterSignup({ locale, heading, text, idPrefix, campaignId, preselectedThemes }: Props) {
  const { signup, errors, checkEmail } = getStrings(locale).newsletter
  const headingId = `${idPrefix}-heading`
  return (
    <section className="newsletter-signup" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading || signup.defaultHeading}</h2>
      {text ? <p className="newsletter-signup__text">{text}</p> : null}
      <SignupForm
        action={signupAction}
        locale={locale}
        idPrefix={idPrefix}
        campaignId={campaignId}
        preselectedThemes={preselectedThemes}
        choices={await getInterestChoices(locale)}
        consentVersion={NEWSLETTER_CONSENT_VERSION}
        strings={{ signup, errors, checkEmail }}
      />
    </section>
  )
}
