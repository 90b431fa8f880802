import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { hitRateLimit, rateLimitKey, type RateLimitRule } from '@/lib/security/rateLimit'
import { parseFundingSearchParams } from '../params'
import { readAlertValues, type ValidAlert, validateAlert } from './alertForm'
import { ALERT_HONEYPOT, type AlertErrors, type AlertFormValues } from './alertFormState'
import { describeFundingSearch } from './describeSearch'
import { alertConfirmationEmail } from './emails'
import { newConfirmToken } from './tokens'

export type SubscribeOutcome =
  | { status: 'invalid'; httpStatus: 400; errors: AlertErrors; values: AlertFormValues }
  | { status: 'rateLimited'; httpStatus: 429; retryAfterSeconds: number; values: AlertFormValues }
  /** Also the answer to a bot, and to an address already subscribed: neither may learn anything. */
  | { status: 'accepted'; httpStatus: 303 }

/** How many alerts an address (per hour) and an email address (per day) may ask for. */
export const ALERT_LIMITS = { perIpPerHour: 10, perEmailPerDay: 5 } as const

/** Names the wording the subscriber agreed to; change it whenever the consent text changes. */
export const CONSENT_TEXT_VERSION = 'funding-alerts-consent-2026-11'

const ipRule = (ip: string): RateLimitRule => ({ key: rateLimitKey('funding-alert:ip', ip), limit: ALERT_LIMITS.perIpPerHour, windowSeconds: 60 * 60 })
const emailRule = (email: string): RateLimitRule => ({
  key: rateLimitKey('funding-alert:email', email),
  limit: ALERT_LIMITS.perEmailPerDay,
  windowSeconds: 24 * 60 * 60,
})

/**
 * Saves the alert as pending (or renews a pending or stopped one for the same address and search)
 * and queues the confirmation email, in one transaction. An alert already confirmed is left alone
 * and nothing is sent: the answer is the same, so the form tells nobody who subscribes to what.
 */
async function saveAlert(payload: Payload, data: ValidAlert, locale: Locale, now: number): Promise<void> {
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    const { docs } = await payload.find({
      collection: 'funding-alerts',
      where: { and: [{ email: { equals: data.email } }, { query: { equals: data.query } }] },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const existing = docs[0]
    if (existing?.status === 'confirmed') {
      await commitTransaction(req)
      return
    }
    const confirm = newConfirmToken(now)
    const fields = {
      locale,
      status: 'pending' as const,
      consent: { at: new Date(now).toISOString(), textVersion: CONSENT_TEXT_VERSION, source: 'funding-alert-form' },
      confirmTokenHash: confirm.hash,
      confirmExpiresAt: confirm.expiresAt,
      unsubscribedAt: null,
    }
    const alert = existing
      ? await payload.update({ collection: 'funding-alerts', id: existing.id, data: fields, overrideAccess: true, depth: 0, req })
      : await payload.create({ collection: 'funding-alerts', data: { ...fields, email: data.email, query: data.query }, overrideAccess: true, depth: 0, req })
    const search = await describeFundingSearch(payload, parseFundingSearchParams(new URLSearchParams(data.query)), locale)
    const { headers, ...email } = alertConfirmationEmail({ alertId: alert.id, locale, token: confirm.token, search })
    await payload.sendEmail({ to: data.email, ...email, headers, req })
    await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

/** Handles one post of the alert form: validation, then the rate limits, then the pending alert and its confirmation email. */
export async function subscribeToAlert(
  payload: Payload,
  { form, locale, ip, now = Date.now() }: { form: FormData; locale: Locale; ip: string; now?: number },
): Promise<SubscribeOutcome> {
  const values = readAlertValues(form)
  const honeypot = form.get(ALERT_HONEYPOT)
  if (typeof honeypot === 'string' && honeypot.trim() !== '') {
    await hitRateLimit(payload, ipRule(ip))
    return { status: 'accepted', httpStatus: 303 }
  }
  const validation = validateAlert(values)
  if (!validation.ok) return { status: 'invalid', httpStatus: 400, errors: validation.errors, values }
  for (const rule of [ipRule(ip), emailRule(validation.data.email)]) {
    const limit = await hitRateLimit(payload, rule)
    if (!limit.allowed) return { status: 'rateLimited', httpStatus: 429, retryAfterSeconds: limit.retryAfterSeconds, values }
  }
  await saveAlert(payload, validation.data, locale, now)
  return { status: 'accepted', httpStatus: 303 }
}
