'use server'

import { redirect } from 'next/navigation'

import { formLocale, memberPath } from '@/lib/community/members/paths'
import { formText } from '@/lib/community/members/profileForm'
import { verifyMemberEmail } from '@/lib/community/members/verify'
import { getPayloadClient } from '@/lib/payload'

/** The verification page's button: confirms the address, then the sign-in page says so; a dead link comes back here to say why. */
export async function verifyEmailAction(form: FormData): Promise<void> {
  const locale = formLocale(form)
  const token = formText(form, 'token', 200)
  const outcome = await verifyMemberEmail(await getPayloadClient(), token)
  if (outcome.status === 'verified') redirect(`${memberPath(locale, 'sign-in')}?verified=1`)
  redirect(`${memberPath(locale, 'verify')}?token=${encodeURIComponent(token)}`)
}
