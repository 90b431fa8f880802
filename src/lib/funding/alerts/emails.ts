import type { Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { fill } from '@/lib/submissions/fill'
import { siteUrl } from '@/lib/seo/siteUrl'
import { type AlertEmailBlock, type AlertEmailItem, composeAlertEmail } from './emailLayout'
import { confirmUrl, listUnsubscribeHeaders, unsubscribeUrl } from './links'

export type AlertEmail = { template: string; subject: string; text: string; html: string; headers: Record<string, string> }

type Alert = { alertId: number; locale: Locale; search: string[] }

function build(alert: Alert, template: string, subject: string, blocks: AlertEmailBlock[]): AlertEmail {
  const { email } = getStrings(alert.locale).fundingAlerts
  const url = unsubscribeUrl(alert.locale, alert.alertId)
  const composed = composeAlertEmail({
    locale: alert.locale,
    subject,
    blocks: [...blocks, { paragraph: email.signature }],
    footer: email.footer,
    unsubscribe: { label: email.unsubscribeLabel, url, text: fill(email.unsubscribe, { url }) },
  })
  return { template, subject, ...composed, headers: listUnsubscribeHeaders(alert.locale, alert.alertId) }
}

/** The double opt-in email: the search in words and the link to the confirmation page. */
export function alertConfirmationEmail(alert: Alert & { token: string }): AlertEmail {
  const { confirm } = getStrings(alert.locale).fundingAlerts.email
  return build(alert, 'funding-alert-confirm', confirm.subject, [
    { paragraph: confirm.body },
    { bullets: alert.search },
    { button: { label: confirm.action, url: confirmUrl(alert.locale, alert.token) } },
    { paragraph: confirm.expiry },
    { paragraph: confirm.ignore },
  ])
}

export type DigestSection = { items: AlertEmailItem[]; total: number }

/** The weekly digest: what was newly published, and the deadlines of the next 14 days. */
export function alertDigestEmail(alert: Alert & { searchPath: string; fresh: DigestSection; closing: DigestSection }): AlertEmail {
  const { digest } = getStrings(alert.locale).fundingAlerts.email
  const searchUrl = `${siteUrl()}${alert.searchPath}`
  const section = (heading: string, { items, total }: DigestSection): AlertEmailBlock[] =>
    items.length
      ? [{ heading, items }, ...(total > items.length ? [{ paragraph: fill(digest.more, { count: total - items.length, url: searchUrl }) }] : [])]
      : []
  return build(alert, 'funding-alert-digest', fill(digest.subject, { count: alert.fresh.total + alert.closing.total }), [
    { paragraph: digest.intro },
    { bullets: alert.search },
    ...section(digest.newHeading, alert.fresh),
    ...section(digest.deadlinesHeading, alert.closing),
    { paragraph: fill(digest.search, { url: searchUrl }) },
  ])
}
