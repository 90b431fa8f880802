import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { verifyAlertToken } from './tokens'

export type UnsubscribeOutcome = { status: 'unsubscribed'; alertId: number; locale: Locale } | { status: 'invalid' }

/**
 * Stops an alert named by a signed token (the unsubscribe button, or a mail client's one-click
 * POST). Stopping a stopped alert changes nothing and says the same; an unknown or deleted alert is
 * "invalid". A pending alert stops too (its confirmation link then says "used").
 */
export async function unsubscribeAlert(payload: Payload, token: string | null | undefined, now = Date.now()): Promise<UnsubscribeOutcome> {
  const alertId = verifyAlertToken(token)
  if (!alertId) return { status: 'invalid' }
  const alert = await payload.findByID({ collection: 'funding-alerts', id: alertId, depth: 0, overrideAccess: true, disableErrors: true })
  if (!alert) return { status: 'invalid' }
  if (alert.status !== 'unsubscribed') {
    await payload.update({
      collection: 'funding-alerts',
      id: alertId,
      data: { status: 'unsubscribed', unsubscribedAt: new Date(now).toISOString() },
      overrideAccess: true,
      depth: 0,
    })
  }
  return { status: 'unsubscribed', alertId, locale: alert.locale }
}
