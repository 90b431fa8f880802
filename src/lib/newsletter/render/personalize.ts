import type { Locale } from '@/i18n/locales'
import { listUnsubscribeHeaders, newsletterPath, preferencesUrl, unsubscribeUrl } from '@/lib/newsletter/links'
import { siteUrl } from '@/lib/seo/siteUrl'
import { PLACEHOLDERS, type RenderedIssue } from './renderIssue'

export type PersonalMessage = { subject: string; html: string; text: string; headers: Record<string, string> }

// The links are signed tokens (digits, letters, '.', '-', '_'): nothing to escape in HTML.
const fill = (body: string, preferences: string, unsubscribe: string) =>
  body.split(PLACEHOLDERS.preferences).join(preferences).split(PLACEHOLDERS.unsubscribe).join(unsubscribe)

/** A rendered issue with one subscriber's own preference and unsubscribe links and headers. */
export function personalize(rendered: RenderedIssue, subscriberId: number, locale: Locale): PersonalMessage {
  const preferences = preferencesUrl(locale, subscriberId)
  const unsubscribe = unsubscribeUrl(locale, subscriberId)
  return {
    subject: rendered.subject,
    html: fill(rendered.html, preferences, unsubscribe),
    text: fill(rendered.text, preferences, unsubscribe),
    headers: listUnsubscribeHeaders(locale, subscriberId),
  }
}

/**
 * A rendered issue for a staff member's test send: nobody's links. Its footer links lead to the
 * public sign-up page (which works), and no List-Unsubscribe header offers to unsubscribe anyone.
 */
export function withoutSubscriber(rendered: RenderedIssue, locale: Locale): PersonalMessage {
  const signUp = `${siteUrl()}${newsletterPath(locale)}`
  return { subject: rendered.subject, html: fill(rendered.html, signUp, signUp), text: fill(rendered.text, signUp, signUp), headers: {} }
}
