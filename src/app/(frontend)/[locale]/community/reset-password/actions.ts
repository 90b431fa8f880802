'use server'

import { redirect } from 'next/navigation'

import type { ResetPasswordState } from '@/lib/community/members/formState'
import { resetMemberPassword } from '@/lib/community/members/password'
import { formLocale, memberPath } from '@/lib/community/members/paths'
import { formText } from '@/lib/community/members/profileForm'
import { getPayloadClient } from '@/lib/payload'

/** Saves the new password, then leads to the sign-in page (which says it was changed). */
export async function resetPasswordAction(previous: ResetPasswordState, form: FormData): Promise<ResetPasswordState> {
  const locale = formLocale(form)
  const attempt = (Number.isSafeInteger(previous?.attempt) ? previous.attempt : 0) + 1
  const values = { token: formText(form, 'token', 200) }
  const payload = await getPayloadClient()
  let outcome: Awaited<ReturnType<typeof resetMemberPassword>>
  try {
    outcome = await resetMemberPassword(payload, form)
  } catch (error) {
    payload.logger.error({ err: error }, 'a member password could not be reset')
    return { values, errors: {}, formError: { code: 'unexpected' }, attempt }
  }
  switch (outcome.status) {
    case 'reset':
      redirect(`${memberPath(locale, 'sign-in')}?reset=1`)
    case 'invalid':
      return { values, errors: outcome.errors, formError: null, attempt }
    case 'tokenInvalid':
      return { values, errors: {}, formError: { code: 'resetTokenInvalid' }, attempt }
  }
}
