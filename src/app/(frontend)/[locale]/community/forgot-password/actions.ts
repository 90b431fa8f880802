'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'

import type { EmailOnlyState } from '@/lib/community/members/formState'
import { minutes } from '@/lib/community/members/limits'
import { requestPasswordReset } from '@/lib/community/members/password'
import { formLocale, memberPath } from '@/lib/community/members/paths'
import { getPayloadClient } from '@/lib/payload'
import { clientIp } from '@/lib/security/clientIp'

/** Asks for a reset link; answers "check your email" whether or not the address has an account. */
export async function forgotPasswordAction(previous: EmailOnlyState, form: FormData): Promise<EmailOnlyState> {
  const locale = formLocale(form)
  const attempt = (Number.isSafeInteger(previous?.attempt) ? previous.attempt : 0) + 1
  const payload = await getPayloadClient()
  let outcome: Awaited<ReturnType<typeof requestPasswordReset>>
  try {
    outcome = await requestPasswordReset(payload, { form, ip: clientIp(await headers()) })
  } catch (error) {
    payload.logger.error({ err: error }, 'a password reset could not be requested')
    return { values: { email: '' }, errors: {}, formError: { code: 'unexpected' }, attempt }
  }
  switch (outcome.status) {
    case 'accepted':
      redirect(memberPath(locale, 'forgot-password/check-email'))
    case 'invalid':
      return { values: { email: outcome.email }, errors: outcome.errors, formError: null, attempt }
    case 'rateLimited':
      return { values: { email: outcome.email }, errors: {}, formError: { code: 'rateLimited', retryAfterMinutes: minutes(outcome.retryAfterSeconds) }, attempt }
  }
}
