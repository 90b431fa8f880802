import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'
import { z } from 'zod'

import type { Locale } from '@/i18n/locales'
import type { Member } from '@/payload-types'
import { alreadyRegisteredEmail, type MemberEmail, verificationEmail } from './emails'
import { MEMBER_HONEYPOT, SIGN_UP_FIELDS, type SignUpField, type SignUpValues } from './formState'
import { checkLimits, memberRule } from './limits'
import { emailSchema, formText, issuesToErrors, newPasswordSchema, type ProfileData, readProfileValues, validateProfile } from './profileForm'

export type SignUpErrors = Partial<Record<SignUpField, import('./formState').MemberErrorCode>>

export type SignUpOutcome =
  | { status: 'invalid'; errors: SignUpErrors; values: SignUpValues }
  | { status: 'rateLimited'; retryAfterSeconds: number; values: SignUpValues }
  /** Also the answer to a bot and to an address that already has an account: neither may learn anything. */
  | { status: 'accepted' }

export function readSignUpValues(form: FormData): SignUpValues {
  return { ...readProfileValues(form), email: formText(form, 'email', 1000), terms: form.get('terms') === 'yes' }
}

const accountSchema = z.object({
  email: emailSchema,
  password: newPasswordSchema,
  terms: z.literal(true, { error: 'termsRequired' }),
})

export async function sendMemberEmail(payload: Payload, to: string, email: MemberEmail, req?: PayloadRequest): Promise<void> {
  await payload.sendEmail({ to, subject: email.subject, text: email.text, html: email.html, template: email.template, req })
}

/** The member's pending verification token (a hidden field), or a new one when she has none. */
async function verificationToken(payload: Payload, memberId: number, req: PayloadRequest): Promise<string | null> {
  const member = (await payload.findByID({ collection: 'members', id: memberId, depth: 0, overrideAccess: true, showHiddenFields: true, req })) as Member & {
    _verificationToken?: string | null
    _verified?: boolean | null
  }
  if (member._verified) return null
  return member._verificationToken ?? null
}

/**
 * Creates the account (unverified) and queues the verification email in one transaction. An address
 * that already has an account gets an email saying so (or, still unverified, the verification link
 * again); the visitor sees the same page either way.
 */
async function register(payload: Payload, account: { email: string; password: string }, profile: ProfileData, now: number): Promise<void> {
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    const { docs } = await payload.find({ collection: 'members', where: { email: { equals: account.email } }, limit: 1, depth: 0, overrideAccess: true, req })
    const existing = docs[0]
    if (existing) {
      const token = await verificationToken(payload, existing.id, req)
      const email = token
        ? verificationEmail({ locale: existing.locale, name: existing.name, token })
        : alreadyRegisteredEmail({ locale: existing.locale, name: existing.name })
      await sendMemberEmail(payload, existing.email, email, req)
    } else {
      const member = await payload.create({
        collection: 'members',
        overrideAccess: true,
        disableVerificationEmail: true,
        depth: 0,
        req,
        data: { ...profile, email: account.email, password: account.password, termsAcceptedAt: new Date(now).toISOString() } as Member & { password: string },
      })
      const token = await verificationToken(payload, member.id, req)
      if (!token) throw new Error(`Member ${member.id} was created without a verification token`)
      await sendMemberEmail(payload, member.email, verificationEmail({ locale: member.locale, name: member.name, token }), req)
    }
    await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

/** Handles one post of the sign-up form: honeypot, validation, rate limits, then the account and its email. */
export async function signUpMember(
  payload: Payload,
  { form, ip, now = Date.now() }: { form: FormData; locale: Locale; ip: string; now?: number },
): Promise<SignUpOutcome> {
  const values = readSignUpValues(form)
  const honeypot = form.get(MEMBER_HONEYPOT)
  if (typeof honeypot === 'string' && honeypot.trim() !== '') {
    await checkLimits(payload, [memberRule('signUpPerIp', ip)])
    return { status: 'accepted' }
  }
  const password = formText(form, 'password', 1000)
  const account = accountSchema.safeParse({ email: values.email, password, terms: values.terms })
  const profile = await validateProfile(payload, values)
  if (!account.success || !profile.ok) {
    const errors: SignUpErrors = { ...(account.success ? {} : issuesToErrors(account.error.issues, SIGN_UP_FIELDS)), ...(profile.ok ? {} : profile.errors) }
    return { status: 'invalid', errors, values }
  }
  const limit = await checkLimits(payload, [memberRule('signUpPerIp', ip), memberRule('signUpPerEmail', account.data.email)])
  if (!limit.allowed) return { status: 'rateLimited', retryAfterSeconds: limit.retryAfterSeconds, values }
  await register(payload, account.data, profile.data, now)
  return { status: 'accepted' }
}
