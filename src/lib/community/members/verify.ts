import type { Payload } from 'payload'

import type { Member } from '@/payload-types'
import { verificationEmail } from './emails'
import { checkLimits, memberRule } from './limits'
import { emailSchema } from './profileForm'
import { sendMemberEmail } from './signUp'

export type VerifyOutcome = { status: 'verified' } | { status: 'invalid' }

const wellFormed = (token: unknown): token is string => typeof token === 'string' && /^[A-Za-z0-9]{8,200}$/.test(token)

/**
 * Whether a verification link still works, without using it: the page asks before offering its
 * button (opening the link verifies nothing, so a mail scanner that follows links cannot confirm an
 * address someone else signed up with).
 */
export async function isPendingVerification(payload: Payload, token: unknown): Promise<boolean> {
  if (!wellFormed(token)) return false
  const member = await payload.db.findOne({ collection: 'members', where: { _verificationToken: { equals: token } } })
  return Boolean(member)
}

/** Confirms a member's address (the button of the verification page); an unknown or used token is `invalid`. */
export async function verifyMemberEmail(payload: Payload, token: unknown): Promise<VerifyOutcome> {
  if (!wellFormed(token)) return { status: 'invalid' }
  try {
    const verified = await payload.verifyEmail({ collection: 'members', token })
    return verified ? { status: 'verified' } : { status: 'invalid' }
  } catch {
    return { status: 'invalid' }
  }
}

/**
 * Sends the verification link again to an account not yet verified. Says nothing either way (the
 * caller shows the same "check your email" page), and is rate limited per address.
 */
export async function resendVerification(payload: Payload, rawEmail: unknown, ip: string): Promise<void> {
  const parsed = emailSchema.safeParse(typeof rawEmail === 'string' ? rawEmail : '')
  if (!parsed.success) return
  const limit = await checkLimits(payload, [memberRule('resendPerIp', ip), memberRule('resendPerEmail', parsed.data)])
  if (!limit.allowed) return
  const { docs } = await payload.find({ collection: 'members', where: { email: { equals: parsed.data } }, limit: 1, depth: 0, overrideAccess: true, showHiddenFields: true })
  const member = docs[0] as (Member & { _verified?: boolean | null; _verificationToken?: string | null }) | undefined
  if (!member || member._verified || !member._verificationToken) return
  await sendMemberEmail(payload, member.email, verificationEmail({ locale: member.locale, name: member.name, token: member._verificationToken }))
}
