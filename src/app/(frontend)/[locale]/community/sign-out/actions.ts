'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'

import { formLocale, memberPath } from '@/lib/community/members/paths'
import { clearMemberSession } from '@/lib/community/members/sessionCookie'
import { signOutMember } from '@/lib/community/members/signOut'
import { getPayloadClient } from '@/lib/payload'

/** Ends the member's session (on the server too) and clears its cookie. A POST only: a link cannot sign anyone out. */
export async function signOutAction(form: FormData): Promise<void> {
  const locale = formLocale(form)
  const payload = await getPayloadClient()
  try {
    await signOutMember(payload, await headers())
  } catch (error) {
    payload.logger.error({ err: error }, 'a member session could not be ended on the server')
  }
  await clearMemberSession(payload)
  redirect(`${memberPath(locale, 'sign-in')}?signedOut=1`)
}
