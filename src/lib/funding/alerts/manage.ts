import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { FundingAlert } from '@/payload-types'
import { fundingPath } from '../feeds/links'
import { parseFundingSearchParams } from '../params'
import { describeFundingSearch } from './describeSearch'
import { verifyAlertToken } from './tokens'

export type ManagedAlert = {
  status: FundingAlert['status']
  /** The address, partly hidden: the page's link may be forwarded. */
  maskedEmail: string
  search: string[]
  searchPath: string
  query: string
}

/** "maria@example.org" → "m••••@example.org". */
export function maskEmail(email: string): string {
  const [local, domain] = email.split('@')
  return `${local.slice(0, 1)}${'•'.repeat(Math.max(3, local.length - 1))}@${domain ?? ''}`
}

/** The alert a manage link names, as its page shows it, or null when the link is not valid. */
export async function loadManagedAlert(payload: Payload, token: string | null | undefined, locale: Locale): Promise<ManagedAlert | null> {
  const alertId = verifyAlertToken(token)
  if (!alertId) return null
  const alert = await payload.findByID({ collection: 'funding-alerts', id: alertId, depth: 0, overrideAccess: true, disableErrors: true })
  if (!alert) return null
  const query = alert.query ?? ''
  return {
    status: alert.status,
    maskedEmail: maskEmail(alert.email),
    search: await describeFundingSearch(payload, parseFundingSearchParams(new URLSearchParams(query)), locale),
    searchPath: `${fundingPath(locale)}${query}`,
    query,
  }
}
