'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'

import type { SignInState } from '@/lib/community/members/formState'
import { minutes } from '@/lib/community/members/limits'
import { formLocale, memberPath, safeNextPath } from '@/lib/community/members/paths'
import { setMemberSession } from '@/lib/community/members/sessionCookie'
import { signInMember } from '@/lib/community/members/signIn'
import { resendVerification } from '@/lib/community/members/verify'
import { getPayloadClient } from '@/lib/payload'
import { clientIp } from '@/lib/security/clientIp'

/** Signs the member in (Payload's login), sets the session cookie and goes on to `next`, a path of this site. */
export async function signInAction(previous: SignInState, form: FormData): Promise<SignInState> {
  const locale = formLocale(form)
  const attempt = (Number.isSafeInteger(previous?.attempt) ? previous.attempt : 0) + 1
  const next = typeof form.get('next') === 'string' ? String(form.get('next')).slice(0, 500) : ''
  const payload = await getPayloadClient()
  const outcome = await signInMember(payload, { form, ip: clientIp(await headers()) })
  const values = { email: outcome.status === 'signedIn' ? '' : outcome.email, next }
  switch (outcome.status) {
    case 'signedIn':
      await setMemberSession(payload, outcome.token, outcome.expiresAt)
      redirect(safeNextPath(next, locale))
    case 'invalid':
      return {
        values,
        errors: Object.fromEntries(outcome.missing.map((field) => [field, field === 'email' ? 'emailRequired' : 'passwordRequired'])),
        formError: null,
        attempt,
      }
    case 'failed':
      return { values, errors: {}, formError: { code: 'signInFailed' }, attempt }
    case 'unverified':
      return { values, errors: {}, formError: { code: 'unverified', email: outcome.email }, attempt }
    case 'locked':
      return { values, errors: {}, formError: { code: 'locked' }, attempt }
    case 'rateLimited':
      return { values, errors: {}, formError: { code: 'rateLimited', retryAfterMinutes: minutes(outcome.retryAfterSeconds) }, attempt }
  }
}

/** Sends the verification link again (same answer whatever the address), then says "check your email". */
export async function resendVerificationAction(form: FormData): Promise<void> {
  const locale = formLocale(form)
  const payload = await getPayloadClient()
  try {
    await resendVerification(payload, form.get('email'), clientIp(await headers()))
  } catch (error) {
    payload.logger.error({ err: error }, 'a verification email could not be sent again')
  }
  redirect(`${memberPath(locale, 'verify')}?resent=1`)
}
