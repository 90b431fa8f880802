import { defaultLocale, type Locale, localeCodes } from '@/i18n/locales'
import { passwordResetEmail, verificationEmail } from '@/lib/community/members/emails'

type AuthEmailArgs = { token?: string; user?: unknown }

const memberOf = (user: unknown): { locale: Locale; name: string } => {
  const { locale, name } = (user ?? {}) as { locale?: string; name?: string }
  return { locale: localeCodes.includes(locale as Locale) ? (locale as Locale) : defaultLocale, name: typeof name === 'string' ? name : '' }
}

/**
 * Payload's own verification and reset emails (sent when an account is created or a reset asked for
 * outside the portal's forms, e.g. through the API) use the portal's words, in the member's language,
 * and link to the portal's pages. Payload sends only their HTML; the portal's forms send their own
 * messages with a plain-text part too (src/lib/community/members).
 */
export const verifyEmail = {
  generateEmailSubject: ({ user }: AuthEmailArgs = {}) => verificationEmail({ ...memberOf(user), token: '' }).subject,
  generateEmailHTML: ({ token = '', user }: AuthEmailArgs = {}) => verificationEmail({ ...memberOf(user), token }).html,
}

export const resetPasswordEmail = {
  generateEmailSubject: ({ user }: AuthEmailArgs = {}) => passwordResetEmail({ ...memberOf(user), token: '' }).subject,
  generateEmailHTML: ({ token = '', user }: AuthEmailArgs = {}) => passwordResetEmail({ ...memberOf(user), token }).html,
}
