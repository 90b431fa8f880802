import type { Locale } from '@/i18n/locales'

/**
 * Names the wording a subscriber agreed to (shown next to the consent box, stored with her consent):
 * change it whenever the consent text or the privacy note of the form changes.
 */
export const NEWSLETTER_CONSENT_VERSION = '2026-11'

/** Where she signed up: `campaign:<slug>` on a campaign page, else the newsletter page of her language. */
export const consentSource = (pageLocale: Locale, campaignSlug?: string | null): string =>
  campaignSlug ? `campaign:${campaignSlug}` : `page:/${pageLocale}/newsletter`
