'use server'

import { redirect } from 'next/navigation'

import type { Locale } from '@/i18n/locales'
import { formId, formLocale } from '@/lib/community/posting/actionLocale'
import { currentMember } from '@/lib/community/session'
import { getPayloadClient } from '@/lib/payload'
import { follow, type FollowTarget, isCadence, unfollow } from './follows'
import { communityPath } from './links'

/** Where to go back to: a community page of the same language, nothing else (no open redirect). */
const backPath = (form: FormData, locale: Locale): string => {
  const back = form.get('back')
  return typeof back === 'string' && back.startsWith(`${communityPath(locale)}/`) && !back.startsWith('//') && !/[\r\n\\]/.test(back) ? back : communityPath(locale)
}

/**
 * The follow form's action (plain POST, with or without JavaScript): follow, change the cadence, or
 * unfollow a thread or space, as the signed-in member; then back to the page with the form.
 */
export async function followAction(form: FormData): Promise<void> {
  const locale = formLocale(form)
  const back = backPath(form, locale)
  const member = await currentMember()
  if (!member) redirect(`${communityPath(locale, 'sign-in')}?next=${encodeURIComponent(back)}`)
  const thread = (formId(form, 'thread') || null)
  const space = (formId(form, 'space') || null)
  const target: FollowTarget | null = thread ? { thread } : space ? { space } : null
  if (target) {
    const payload = await getPayloadClient()
    if (form.get('intent') === 'unfollow') await unfollow(payload, member.id, target)
    else {
      const cadence = form.get('cadence')
      await follow(payload, member.id, target, isCadence(cadence) ? cadence : undefined)
    }
  }
  redirect(back)
}
