import type { Locale } from '@/i18n/locales'
import type { NewsletterSignupBlock as NewsletterSignupData } from '@/payload-types'

export type NewsletterSignupProps = NewsletterSignupData & {
  locale: Locale
  /** The campaign page it sits on (sign-ups are counted for it), if any. */
  campaign?: { id: number; slug: string } | null
}

/** PLACEHOLDER — the subscribers engineer builds the sign-up form (server action, works without JavaScript). */
export function NewsletterSignupBlock({ heading }: NewsletterSignupProps) {
  return <section className="newsletter-signup">{heading && <h2>{heading}</h2>}</section>
}
