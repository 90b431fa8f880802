import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { hitRateLimit, rateLimitKey, type RateLimitRule } from '@/lib/security/rateLimit'
import type { AttendanceMode } from '../../options'
import { offeredModes } from '../modes'
import { register } from '../register'
import { REGISTRATION_HONEYPOT, type RegistrationErrors, type RegistrationValues } from './formState'
import type { RegistrationResult } from './result'
import { readRegistrationValues, validateRegistration } from './validate'

export type SubmitRegistrationOutcome =
  | { status: 'invalid'; errors: RegistrationErrors; values: RegistrationValues }
  | { status: 'rateLimited'; retryAfterSeconds: number; values: RegistrationValues }
  /** Registration is not open (any more), or the edition went offline while the form was open. */
  | { status: 'closed'; values: RegistrationValues }
  | { status: 'done'; result: RegistrationResult }

/** How often an address (per hour) and an e-mail address (per day: each attempt sends it an e-mail) may post the form. */
export const REGISTRATION_LIMITS = { perIpPerHour: 20, perEmailPerDay: 5 } as const

const ipRule = (ip: string): RateLimitRule => ({ key: rateLimitKey('event-registration:ip', ip), limit: REGISTRATION_LIMITS.perIpPerHour, windowSeconds: 60 * 60 })
const emailRule = (email: string): RateLimitRule => ({
  key: rateLimitKey('event-registration:email', email),
  limit: REGISTRATION_LIMITS.perEmailPerDay,
  windowSeconds: 24 * 60 * 60,
})

/** The modes a published edition offers now (none when it is not published). */
async function modesOf(payload: Payload, editionSlug: string): Promise<AttendanceMode[] | null> {
  const { docs } = await payload.find({
    collection: 'event-editions',
    where: { and: [{ slug: { equals: editionSlug } }, { _status: { equals: 'published' } }] },
    select: { format: true, capacity: true },
    limit: 1,
    depth: 0,
    overrideAccess: false,
  })
  const edition = docs[0]
  if (!edition) return null
  return offeredModes(edition.format, { in_person: edition.capacity?.inPerson ?? 0, online: edition.capacity?.online ?? 0 })
}

/**
 * Handles one post of the registration form: the honeypot, validation, the rate limits, then
 * `register` (which decides the seat under the edition's lock and queues the e-mail). Bad input
 * writes nothing. A bot caught by the honeypot reads the same answer as a person registered.
 */
export async function submitRegistration(
  payload: Payload,
  { editionSlug, form, locale, ip, now = new Date() }: { editionSlug: string; form: FormData; locale: Locale; ip: string; now?: Date },
): Promise<SubmitRegistrationOutcome> {
  const values = readRegistrationValues(form)
  const modes = await modesOf(payload, editionSlug)
  if (!modes) return { status: 'closed', values }
  const honeypot = form.get(REGISTRATION_HONEYPOT)
  if (typeof honeypot === 'string' && honeypot.trim() !== '') {
    await hitRateLimit(payload, ipRule(ip), now.getTime())
    return { status: 'done', result: { outcome: 'confirmed', mode: modes[0] ?? 'in_person', position: null } }
  }
  const validation = await validateRegistration(values, {
    locale,
    modes,
    countryExists: async (code) => (await payload.count({ collection: 'countries', where: { code: { equals: code } }, overrideAccess: false })).totalDocs > 0,
  })
  if (!validation.ok) return { status: 'invalid', errors: validation.errors, values }
  for (const rule of [ipRule(ip), emailRule(validation.data.email)]) {
    const limit = await hitRateLimit(payload, rule, now.getTime())
    if (!limit.allowed) return { status: 'rateLimited', retryAfterSeconds: limit.retryAfterSeconds, values }
  }
  const outcome = await register(payload, editionSlug, validation.data, now)
  switch (outcome.outcome) {
    case 'confirmed':
    case 'waitlisted':
      return {
        status: 'done',
        result: { outcome: outcome.again ? 'again' : outcome.outcome, mode: validation.data.attendanceMode, position: outcome.again ? null : outcome.position },
      }
    case 'mode_unavailable':
      return { status: 'invalid', errors: { attendanceMode: 'modeUnavailable' }, values }
    case 'not_found':
    case 'closed':
      return { status: 'closed', values }
  }
}
