'use server'

import { redirect } from 'next/navigation'

import type { Locale } from '@/i18n/locales'
import { formId, formLocale } from '@/lib/community/posting/actionLocale'
import { isCadence, setCadence, unfollow } from '@/lib/community/notifications/follows'
import { communityPath, notificationSettingsPath } from '@/lib/community/notifications/links'
import { readSettingsForm, saveNotificationSettings } from '@/lib/community/notifications/settings'
import { currentMember } from '@/lib/community/session'
import { getPayloadClient } from '@/lib/payload'

async function signedInMember(locale: Locale) {
  const member = await currentMember()
  if (!member) redirect(`${communityPath(locale, 'sign-in')}?next=${encodeURIComponent(notificationSettingsPath(locale))}`)
  return member
}

/** The settings form: email on/off, default cadence, auto-follow of her own threads. */
export async function saveSettingsAction(form: FormData): Promise<void> {
  const locale = formLocale(form)
  const member = await signedInMember(locale)
  const outcome = await saveNotificationSettings(await getPayloadClient(), member, readSettingsForm(form))
  redirect(`${notificationSettingsPath(locale)}${outcome.status === 'saved' ? '?saved=1' : '?error=cadence'}`)
}

/** One follow's forms: change its cadence, or unfollow. Only her own follows change. */
export async function updateFollowAction(form: FormData): Promise<void> {
  const locale = formLocale(form)
  const member = await signedInMember(locale)
  const payload = await getPayloadClient()
  const followId = (formId(form, 'follow') || null)
  const thread = (formId(form, 'thread') || null)
  const space = (formId(form, 'space') || null)
  if (form.get('intent') === 'unfollow') {
    if (thread) await unfollow(payload, member.id, { thread })
    else if (space) await unfollow(payload, member.id, { space })
  } else {
    const cadence = form.get('cadence')
    if (followId && isCadence(cadence)) await setCadence(payload, member.id, followId, cadence)
  }
  redirect(`${notificationSettingsPath(locale)}?updated=1#follows`)
}
