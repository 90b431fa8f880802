import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { FundingAlert } from '@/payload-types'
import { hashConfirmToken, isConfirmTokenShape } from './tokens'

export type ConfirmProblem = 'invalid' | 'expired' | 'used'
export type ConfirmCheck = { status: 'ready'; alert: FundingAlert } | { status: ConfirmProblem }
export type ConfirmOutcome = { status: 'confirmed'; alertId: number; locale: Locale } | { status: ConfirmProblem }

/**
 * What a confirmation link is worth, without changing anything (the page the link opens asks for
 * a click first): ready, or invalid, expired or already used.
 */
export async function checkConfirmToken(payload: Payload, token: string | null | undefined, now = Date.now()): Promise<ConfirmCheck> {
  if (!isConfirmTokenShape(token)) return { status: 'invalid' }
  const { docs } = await payload.find({
    collection: 'funding-alerts',
    where: { confirmTokenHash: { equals: hashConfirmToken(token) } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const alert = docs[0]
  if (!alert) return { status: 'invalid' }
  if (alert.status !== 'pending') return { status: 'used' }
  if (!alert.confirmExpiresAt || Date.parse(alert.confirmExpiresAt) <= now) return { status: 'expired' }
  return { status: 'ready', alert }
}

/**
 * Confirms an alert once: a pending alert whose link has not expired becomes confirmed, and the
 * weekly digest counts new actions from this moment. A second click, or a link of an alert since
 * stopped, is "used"; nothing is sent either way.
 */
export async function confirmAlert(payload: Payload, token: string | null | undefined, now = Date.now()): Promise<ConfirmOutcome> {
  const check = await checkConfirmToken(payload, token, now)
  if (check.status !== 'ready') return check
  // One conditional UPDATE, so two clicks at once confirm it once: Payload's update by `where`
  // reads the matching ids first and would let both through (the collection has no hooks to skip).
  const { rowCount } = await payload.db.pool.query(
    `UPDATE funding_alerts SET status = 'confirmed', confirmed_at = $2, updated_at = $2 WHERE id = $1 AND status = 'pending'`,
    [check.alert.id, new Date(now)],
  )
  if (!rowCount) return { status: 'used' }
  return { status: 'confirmed', alertId: check.alert.id, locale: check.alert.locale }
}
