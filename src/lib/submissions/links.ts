import type { Locale } from '@/i18n/locales'
import { siteUrl } from '@/lib/seo/siteUrl'
import { signSubmissionToken } from './tokens'

export const SUBMIT_PATH = 'submit-practice'

/** The link in the first email: confirms the address; works for 7 days. */
export function confirmationUrl(locale: Locale, practiceId: number): string {
  return `${siteUrl()}/${locale}/${SUBMIT_PATH}/confirm?token=${signSubmissionToken(practiceId, 'confirm')}`
}

export function statusPath(locale: Locale, practiceId: number): string {
  return `/${locale}/${SUBMIT_PATH}/status/${signSubmissionToken(practiceId, 'status')}`
}

/** The submitter's private status page; the link does not expire. */
export function statusUrl(locale: Locale, practiceId: number): string {
  return `${siteUrl()}${statusPath(locale, practiceId)}`
}

export function publicPracticeUrl(locale: Locale, slug: string): string {
  return `${siteUrl()}/${locale}/practices/${encodeURIComponent(slug)}`
}
