import type { Payload, PayloadRequest } from 'payload'

import type { Locale } from '@/i18n/locales'
import { inTransaction } from '@/db/transaction'
import { hitRateLimit } from '@/lib/security/rateLimit'
import { newConfirmToken } from '../tokens'
import { consentSource, NEWSLETTER_CONSENT_VERSION } from './consent'
import { alreadySubscribedEmail, confirmationEmail } from './emails'
import { signupEmailRule, signupIpRule } from './limits'
import { SIGNUP_HONEYPOT, type SignupErrors, type SignupFormValues } from './formState'
import { themesExist } from './options'
import { readSignupValues, type ValidSignup, validateSignup } from './signupForm'

export type SubscribeOutcome =
  | { status: 'invalid'; httpStatus: 400; errors: SignupErrors; values: SignupFormValues }
  | { status: 'rateLimited'; httpStatus: 429; retryAfterSeconds: number; values: SignupFormValues }
  /** Also the answer to a bot and to an address already subscribed: neither may learn anything. */
  | { status: 'accepted'; httpStatus: 200 }

type Campaign = { id: number; slug: string }

/** The campaign a form says it sits on, if the public can see it (a hidden field can be forged). */
async function visibleCampaign(payload: Payload, id: number | null): Promise<Campaign | null> {
  if (!id) return null
  const { docs } = await payload.find({ collection: 'campaigns', where: { id: { equals: id } }, limit: 1, depth: 0, overrideAccess: false, select: { slug: true } })
  const campaign = docs[0]
  return campaign?.slug ? { id: campaign.id, slug: campaign.slug } : null
}

type Signup = { data: ValidSignup; pageLocale: Locale; campaign: Campaign | null; now: number }

/**
 * Saves the address as pending (new, still pending, unsubscribed or bounced: each needs a fresh
 * confirmation) with its consent record, and queues the confirmation email in the chosen language.
 * A confirmed address is left as it is and told the way to its preferences instead. All in one
 * transaction: no row without its email, no email without its row.
 */
async function saveSignup(payload: Payload, { data, pageLocale, campaign, now }: Signup, req: PayloadRequest): Promise<void> {
  const { docs } = await payload.find({ collection: 'subscribers', where: { email: { equals: data.email } }, limit: 1, depth: 0, overrideAccess: true, req })
  const existing = docs[0]
  if (existing?.status === 'confirmed') {
    const { headers, ...email } = alreadySubscribedEmail({ subscriberId: existing.id, locale: existing.locale })
    await payload.sendEmail({ to: existing.email, ...email, headers, req })
    return
  }
  const confirm = newConfirmToken(now)
  const fields = {
    locale: data.language,
    status: 'pending' as const,
    interests: { themes: data.themes, regions: data.regions },
    consent: { at: new Date(now).toISOString(), source: consentSource(pageLocale, campaign?.slug), textVersion: NEWSLETTER_CONSENT_VERSION },
    campaign: campaign?.id ?? null,
    confirmTokenHash: confirm.hash,
    confirmExpiresAt: confirm.expiresAt,
  }
  const subscriber = existing
    ? await payload.update({ collection: 'subscribers', id: existing.id, data: fields, overrideAccess: true, depth: 0, req })
    : await payload.create({ collection: 'subscribers', data: { ...fields, email: data.email }, overrideAccess: true, depth: 0, req })
  const { headers, ...email } = confirmationEmail({ subscriberId: subscriber.id, locale: data.language, token: confirm.token })
  await payload.sendEmail({ to: data.email, ...email, headers, req })
}

/** Handles one post of the sign-up form: validation, the rate limits, then the pending subscriber and her confirmation email. */
export async function subscribeToNewsletter(
  payload: Payload,
  { form, locale, ip, now = Date.now() }: { form: FormData; locale: Locale; ip: string; now?: number },
): Promise<SubscribeOutcome> {
  const values = readSignupValues(form)
  const honeypot = form.get(SIGNUP_HONEYPOT)
  if (typeof honeypot === 'string' && honeypot.trim() !== '') {
    await hitRateLimit(payload, signupIpRule(ip))
    return { status: 'accepted', httpStatus: 200 }
  }
  const validation = validateSignup(values)
  if (!validation.ok) return { status: 'invalid', httpStatus: 400, errors: validation.errors, values }
  if (!(await themesExist(payload, validation.data.themes))) return { status: 'invalid', httpStatus: 400, errors: { themes: 'themesInvalid' }, values }
  for (const rule of [signupIpRule(ip), signupEmailRule(validation.data.email)]) {
    const limit = await hitRateLimit(payload, rule)
    if (!limit.allowed) return { status: 'rateLimited', httpStatus: 429, retryAfterSeconds: limit.retryAfterSeconds, values }
  }
  const campaign = await visibleCampaign(payload, validation.data.campaign)
  await inTransaction(payload, (req) => saveSignup(payload, { data: validation.data, pageLocale: locale, campaign, now }, req))
  return { status: 'accepted', httpStatus: 200 }
}
