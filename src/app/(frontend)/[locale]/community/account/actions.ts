'use server'

import { redirect } from 'next/navigation'

import type { AccountState } from '@/lib/community/members/formState'
import { formLocale, memberPath } from '@/lib/community/members/paths'
import { readAccountValues, updateMemberProfile } from '@/lib/community/members/profile'
import { currentMember } from '@/lib/community/session'
import { getPayloadClient } from '@/lib/payload'

/** Saves the signed-in member's profile and privacy settings; then 303 to the account page, which says so. */
export async function updateAccountAction(previous: AccountState, form: FormData): Promise<AccountState> {
  const locale = formLocale(form)
  const attempt = (Number.isSafeInteger(previous?.attempt) ? previous.attempt : 0) + 1
  const member = await currentMember()
  if (!member) redirect(`${memberPath(locale, 'sign-in')}?next=${encodeURIComponent(memberPath(locale, 'account'))}`)
  const payload = await getPayloadClient()
  let outcome: Awaited<ReturnType<typeof updateMemberProfile>>
  try {
    outcome = await updateMemberProfile(payload, member.id, form)
  } catch (error) {
    payload.logger.error({ err: error }, 'a member profile could not be saved')
    return { values: readAccountValues(form), errors: {}, formError: { code: 'unexpected' }, attempt }
  }
  if (outcome.status === 'saved') redirect(`${memberPath(locale, 'account')}?saved=1`)
  return { values: outcome.values, errors: outcome.errors, formError: null, attempt }
}
