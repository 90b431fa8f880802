import type { Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { type AlertEmailBlock, composeAlertEmail } from '@/lib/funding/alerts/emailLayout'
import { fill } from '@/lib/submissions/fill'
import { confirmUrl, listUnsubscribeHeaders, preferencesUrl, unsubscribeUrl } from '../links'

export type OptInEmail = { template: string; subject: string; text: string; html: string; headers: Record<string, string> }

type Recipient = { subscriberId: number; locale: Locale }

function build({ subscriberId, locale }: Recipient, template: string, subject: string, blocks: AlertEmailBlock[]): OptInEmail {
  const email = getStrings(locale).newsletter.optInEmail
  const url = unsubscribeUrl(locale, subscriberId)
  const composed = composeAlertEmail({
    locale,
    subject,
    blocks: [...blocks, { paragraph: email.signature }],
    footer: email.footer,
    unsubscribe: { label: email.unsubscribeLabel, url, text: fill(email.unsubscribe, { url }) },
  })
  return { template, subject, ...composed, headers: listUnsubscribeHeaders(locale, subscriberId) }
}

/** The double opt-in email: one link to the confirmation page (whose button confirms). */
export function confirmationEmail(recipient: Recipient & { token: string }): OptInEmail {
  const { confirm } = getStrings(recipient.locale).newsletter.optInEmail
  return build(recipient, 'newsletter-confirm', confirm.subject, [
    { paragraph: confirm.body },
    { button: { label: confirm.action, url: confirmUrl(recipient.locale, recipient.token) } },
    { paragraph: confirm.expiry },
    { paragraph: confirm.ignore },
  ])
}

/** To an address that signs up again while subscribed: nothing to confirm, the way to its preferences. */
export function alreadySubscribedEmail(recipient: Recipient): OptInEmail {
  const { already } = getStrings(recipient.locale).newsletter.optInEmail
  return build(recipient, 'newsletter-already-subscribed', already.subject, [
    { paragraph: already.body },
    { button: { label: already.action, url: preferencesUrl(recipient.locale, recipient.subscriberId) } },
    { paragraph: already.ignore },
  ])
}
