import type { Payload } from 'payload'
import { z } from 'zod'

import { passwordResetEmail } from './emails'
import type { MemberErrorCode } from './formState'
import { checkLimits, memberRule } from './limits'
import { emailSchema, formText, issuesToErrors, newPasswordSchema } from './profileForm'
import { sendMemberEmail } from './signUp'

export type ForgotPasswordOutcome =
  | { status: 'invalid'; errors: { email?: MemberErrorCode }; email: string }
  | { status: 'rateLimited'; retryAfterSeconds: number; email: string }
  /** Whether or not the address has an account. */
  | { status: 'accepted' }

/** Sends a reset link, in her language, when the address has an account; the answer is the same when not. */
export async function requestPasswordReset(payload: Payload, { form, ip }: { form: FormData; ip: string }): Promise<ForgotPasswordOutcome> {
  const raw = formText(form, 'email', 1000)
  const parsed = emailSchema.safeParse(raw)
  if (!parsed.success) return { status: 'invalid', errors: { email: parsed.error.issues[0]?.message as MemberErrorCode }, email: raw }
  const email = parsed.data
  const limit = await checkLimits(payload, [memberRule('resetPerIp', ip), memberRule('resetPerEmail', email)])
  if (!limit.allowed) return { status: 'rateLimited', retryAfterSeconds: limit.retryAfterSeconds, email: raw }
  const token = await payload.forgotPassword({ collection: 'members', data: { email }, disableEmail: true })
  if (!token) return { status: 'accepted' }
  const { docs } = await payload.find({ collection: 'members', where: { email: { equals: email } }, limit: 1, depth: 0, overrideAccess: true })
  const member = docs[0]
  if (member) await sendMemberEmail(payload, member.email, passwordResetEmail({ locale: member.locale, name: member.name, token }))
  return { status: 'accepted' }
}

const resetSchema = z
  .object({ password: newPasswordSchema, confirm: z.string() })
  .refine((data) => data.password === data.confirm, { path: ['confirm'], error: 'passwordsDiffer' })

export type ResetPasswordOutcome =
  | { status: 'invalid'; errors: Partial<Record<'password' | 'confirm', MemberErrorCode>> }
  | { status: 'tokenInvalid' }
  | { status: 'reset' }

/** Sets a new password from the emailed link (Payload's token, one hour, single use). */
export async function resetMemberPassword(payload: Payload, form: FormData): Promise<ResetPasswordOutcome> {
  const token = formText(form, 'token', 200)
  if (!/^[A-Za-z0-9]{8,200}$/.test(token)) return { status: 'tokenInvalid' }
  const parsed = resetSchema.safeParse({ password: formText(form, 'password', 1000), confirm: formText(form, 'confirm', 1000) })
  if (!parsed.success) return { status: 'invalid', errors: issuesToErrors(parsed.error.issues, ['password', 'confirm'] as const) }
  try {
    await payload.resetPassword({ collection: 'members', data: { token, password: parsed.data.password }, overrideAccess: true })
    return { status: 'reset' }
  } catch {
    return { status: 'tokenInvalid' }
  }
}
