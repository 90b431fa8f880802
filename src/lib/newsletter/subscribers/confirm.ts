import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { recordCampaignMetric } from '@/lib/campaigns/metrics/record'
import { optionalRelationId } from '@/lib/relationId'
import type { Subscriber } from '@/payload-types'
import { hashConfirmToken, isConfirmTokenShape } from '../tokens'

export type ConfirmProblem = 'invalid' | 'expired' | 'used'
export type ConfirmCheck = { status: 'ready'; subscriber: Subscriber } | { status: ConfirmProblem }
export type ConfirmOutcome = { status: 'confirmed'; subscriberId: number; locale: Locale } | { status: ConfirmProblem }

/**
 * What a confirmation link is worth, without changing anything (the page it opens asks for a click
 * first): ready, or invalid, expired or already used.
 */
export async function checkConfirmToken(payload: Payload, token: string | null | undefined, now = Date.now()): Promise<ConfirmCheck> {
  if (!isConfirmTokenShape(token)) return { status: 'invalid' }
  const { docs } = await payload.find({
    collection: 'subscribers',
    where: { confirmTokenHash: { equals: hashConfirmToken(token) } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const subscriber = docs[0]
  if (!subscriber) return { status: 'invalid' }
  if (subscriber.status !== 'pending') return { status: 'used' }
  if (!subscriber.confirmExpiresAt || Date.parse(subscriber.confirmExpiresAt) <= now) return { status: 'expired' }
  return { status: 'ready', subscriber }
}

/**
 * Confirms a subscription once: a pending address whose link has not expired becomes confirmed and
 * from now on receives the newsletters. A confirmed sign-up on a campaign page counts once for that
 * campaign. A second click, or the link of an address unsubscribed since, is "used".
 */
export async function confirmSubscription(payload: Payload, token: string | null | undefined, now = Date.now()): Promise<ConfirmOutcome> {
  const check = await checkConfirmToken(payload, token, now)
  if (check.status !== 'ready') return check
  // One conditional UPDATE, so two clicks at once confirm (and count) it once: Payload's update by
  // `where` reads the matching ids first and would let both through.
  const { rowCount } = await payload.db.pool.query(
    `UPDATE subscribers SET status = 'confirmed', confirmed_at = $2, updated_at = $2 WHERE id = $1 AND status = 'pending'`,
    [check.subscriber.id, new Date(now)],
  )
  if (!rowCount) return { status: 'used' }
  const { id, locale, campaign } = check.subscriber
  const campaignId = optionalRelationId(campaign)
  if (campaignId) {
    try {
      await recordCampaignMetric(payload, { campaignId, locale, kind: 'signup', at: new Date(now) })
    } catch (error) {
      // The subscription stands; only the campaign's counter misses one.
      payload.logger.error({ err: error, campaignId }, 'a newsletter sign-up could not be counted for its campaign')
    }
  }
  return { status: 'confirmed', subscriberId: id, locale }
}
