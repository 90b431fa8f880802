import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { verifySubscriberToken } from '../tokens'

export type UnsubscribeOutcome = { status: 'unsubscribed'; subscriberId: number; locale: Locale } | { status: 'invalid' }

/**
 * Unsubscribes the address a signed token names (the page's button, the preference page, or a mail
 * client's one-click POST). Unsubscribing twice changes nothing and says the same; an unknown or
 * erased subscriber is "invalid". A pending address stops too (its confirmation link then says "used").
 */
export async function unsubscribeSubscriber(payload: Payload, token: string | null | undefined, now = Date.now()): Promise<UnsubscribeOutcome> {
  const subscriberId = verifySubscriberToken(token)
  if (!subscriberId) return { status: 'invalid' }
  const subscriber = await payload.findByID({ collection: 'subscribers', id: subscriberId, depth: 0, overrideAccess: true, disableErrors: true })
  if (!subscriber) return { status: 'invalid' }
  if (subscriber.status !== 'unsubscribed') {
    await payload.update({
      collection: 'subscribers',
      id: subscriberId,
      data: { status: 'unsubscribed', unsubscribedAt: new Date(now).toISOString() },
      overrideAccess: true,
      depth: 0,
    })
  }
  return { status: 'unsubscribed', subscriberId, locale: subscriber.locale }
}
