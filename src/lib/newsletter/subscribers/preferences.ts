import type { Payload } from 'payload'

import { inTransaction } from '@/db/transaction'
import type { Locale } from '@/i18n/locales'
import { maskEmail } from '@/lib/funding/alerts/manage'
import { relationId } from '@/lib/relationId'
import { hitRateLimit } from '@/lib/security/rateLimit'
import type { Subscriber } from '@/payload-types'
import { newConfirmToken, verifySubscriberToken } from '../tokens'
import { consentSource, NEWSLETTER_CONSENT_VERSION } from './consent'
import { confirmationEmail } from './emails'
import type { SignupErrors } from './formState'
import { signupEmailRule } from './limits'
import { themesExist } from './options'
import { readSignupValues, validateInterests } from './signupForm'

export type SubscriberPreferences = {
  subscriberId: number
  status: Subscriber['status']
  /** The address, partly hidden: the page's link may be forwarded. */
  maskedEmail: string
  language: Locale
  themes: string[]
  regions: string[]
}

const findSubscriber = async (payload: Payload, token: string | null | undefined): Promise<Subscriber | null> => {
  const subscriberId = verifySubscriberToken(token)
  if (!subscriberId) return null
  return payload.findByID({ collection: 'subscribers', id: subscriberId, depth: 0, overrideAccess: true, disableErrors: true })
}

/** The preferences a link names, as its page shows them, or null when the link is not valid. */
export async function loadPreferences(payload: Payload, token: string | null | undefined): Promise<SubscriberPreferences | null> {
  const subscriber = await findSubscriber(payload, token)
  if (!subscriber) return null
  return {
    subscriberId: subscriber.id,
    status: subscriber.status,
    maskedEmail: maskEmail(subscriber.email),
    language: subscriber.locale,
    themes: (subscriber.interests?.themes ?? []).map((theme) => String(relationId(theme))),
    regions: subscriber.interests?.regions ?? [],
  }
}

export type SavePreferencesOutcome = { status: 'saved'; locale: Locale } | { status: 'invalid'; errors: SignupErrors } | { status: 'unknown' }

/** Saves the language and interests posted from the preference page (its status does not change here). */
export async function savePreferences(payload: Payload, { token, form }: { token: string | null; form: FormData }): Promise<SavePreferencesOutcome> {
  const subscriber = await findSubscriber(payload, token)
  if (!subscriber) return { status: 'unknown' }
  const validation = validateInterests(readSignupValues(form))
  if (!validation.ok) return { status: 'invalid', errors: validation.errors }
  const { language, themes, regions } = validation.data
  if (!(await themesExist(payload, themes))) return { status: 'invalid', errors: { themes: 'themesInvalid' } }
  await payload.update({
    collection: 'subscribers',
    id: subscriber.id,
    data: { locale: language, interests: { themes, regions } },
    overrideAccess: true,
    depth: 0,
  })
  return { status: 'saved', locale: language }
}

export type ResubscribeOutcome = { status: 'sent' | 'alreadySubscribed' | 'unknown' } | { status: 'rateLimited'; retryAfterSeconds: number }

/**
 * "Subscribe again" on the preference page of an unsubscribed (or bounced) address: it becomes
 * pending and is sent a new confirmation link, exactly like a new sign-up (a forwarded link alone
 * must not start the newsletters again). A pending address is sent a fresh link.
 */
export async function resubscribe(payload: Payload, { token, pageLocale, now = Date.now() }: { token: string | null; pageLocale: Locale; now?: number }): Promise<ResubscribeOutcome> {
  const subscriber = await findSubscriber(payload, token)
  if (!subscriber) return { status: 'unknown' }
  if (subscriber.status === 'confirmed') return { status: 'alreadySubscribed' }
  const limit = await hitRateLimit(payload, signupEmailRule(subscriber.email))
  if (!limit.allowed) return { status: 'rateLimited', retryAfterSeconds: limit.retryAfterSeconds }
  const confirm = newConfirmToken(now)
  await inTransaction(payload, async (req) => {
    await payload.update({
      collection: 'subscribers',
      id: subscriber.id,
      data: {
        status: 'pending',
        consent: { at: new Date(now).toISOString(), source: `${consentSource(pageLocale)}/preferences`, textVersion: NEWSLETTER_CONSENT_VERSION },
        confirmTokenHash: confirm.hash,
        confirmExpiresAt: confirm.expiresAt,
      },
      overrideAccess: true,
      depth: 0,
      req,
    })
    const { headers, ...email } = confirmationEmail({ subscriberId: subscriber.id, locale: subscriber.locale, token: confirm.token })
    await payload.sendEmail({ to: subscriber.email, ...email, headers, req })
  })
  return { status: 'sent' }
}
