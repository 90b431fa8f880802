import type { Locale } from '@/i18n/locales'
import type { NewsletterSignupBlock as NewsletterSignupData } from '@/payload-types'
import { NewsletterSignup } from '@/components/newsletter/NewsletterSignup'
import { relationId } from '@/lib/relationId'

export type NewsletterSignupProps = NewsletterSignupData & {
  locale: Locale
  /** The campaign page it sits on (sign-ups are counted for it), if any. */
  campaign?: { id: number; slug: string } | null
}

/** The newsletter sign-up block of a campaign page: its heading, text and preselected themes around the form. */
export async function NewsletterSignupBlock({ heading, text, themes, locale, campaign, id }: NewsletterSignupProps) {
  return (
    <NewsletterSignup
      locale={locale}
      heading={heading}
      text={text}
      idPrefix={`newsletter-${id ?? 'block'}`}
      campaignId={campaign?.id ?? null}
      preselectedThemes={(themes ?? []).map((theme) => String(relationId(theme)))}
    />
  )
}
