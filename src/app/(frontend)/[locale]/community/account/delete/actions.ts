'use server'

import { redirect } from 'next/navigation'

import { confirmAccountDeletion } from '@/lib/community/members/deleteAccount'
import type { DeleteAccountState } from '@/lib/community/members/formState'
import { formLocale, memberPath } from '@/lib/community/members/paths'
import { clearMemberSession } from '@/lib/community/members/sessionCookie'
import { currentMember } from '@/lib/community/session'
import { getPayloadClient } from '@/lib/payload'

/** The deletion's second step: her password again, then the account goes and she is signed out. */
export async function deleteAccountAction(previous: DeleteAccountState, form: FormData): Promise<DeleteAccountState> {
  const locale = formLocale(form)
  const attempt = (Number.isSafeInteger(previous?.attempt) ? previous.attempt : 0) + 1
  const member = await currentMember()
  if (!member) redirect(memberPath(locale, 'sign-in'))
  const payload = await getPayloadClient()
  let outcome: Awaited<ReturnType<typeof confirmAccountDeletion>>
  try {
    outcome = await confirmAccountDeletion(payload, member, form)
  } catch (error) {
    payload.logger.error({ err: error }, 'a member account could not be deleted')
    return { values: {}, errors: {}, formError: { code: 'unexpected' }, attempt }
  }
  switch (outcome.status) {
    case 'deleted':
      await clearMemberSession(payload)
      redirect(`${memberPath(locale, 'sign-in')}?deleted=1`)
    case 'invalid':
      return { values: {}, errors: outcome.errors, formError: null, attempt }
    case 'passwordWrong':
      return { values: {}, errors: { password: 'passwordWrong' }, formError: null, attempt }
    case 'locked':
      return { values: {}, errors: {}, formError: { code: 'locked' }, attempt }
  }
}
