'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'

import type { SignUpState } from '@/lib/community/members/formState'
import { minutes } from '@/lib/community/members/limits'
import { formLocale, memberPath } from '@/lib/community/members/paths'
import { readSignUpValues, signUpMember } from '@/lib/community/members/signUp'
import { getPayloadClient } from '@/lib/payload'
import { clientIp } from '@/lib/security/clientIp'

/** The sign-up form's action: re-renders the form with its errors, or answers 303 to "check your email". */
export async function signUpAction(previous: SignUpState, form: FormData): Promise<SignUpState> {
  const locale = formLocale(form)
  const attempt = (Number.isSafeInteger(previous?.attempt) ? previous.attempt : 0) + 1
  const payload = await getPayloadClient()
  let outcome: Awaited<ReturnType<typeof signUpMember>>
  try {
    outcome = await signUpMember(payload, { form, locale, ip: clientIp(await headers()) })
  } catch (error) {
    payload.logger.error({ err: error }, 'a community sign-up failed')
    return { values: readSignUpValues(form), errors: {}, formError: { code: 'unexpected' }, attempt }
  }
  switch (outcome.status) {
    case 'accepted':
      redirect(memberPath(locale, 'sign-up/check-email'))
    case 'invalid':
      return { values: outcome.values, errors: outcome.errors, formError: null, attempt }
    case 'rateLimited':
      return { values: outcome.values, errors: {}, formError: { code: 'rateLimited', retryAfterMinutes: minutes(outcome.retryAfterSeconds) }, attempt }
  }
}
