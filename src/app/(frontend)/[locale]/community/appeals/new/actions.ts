'use server'

import { redirect } from 'next/navigation'

import { isLocale } from '@/i18n/locales'
import { createAppeal } from '@/lib/community/moderation/appeals'
import { appealPath, signInPath } from '@/lib/community/moderation/links'
import { currentMember } from '@/lib/community/session'
import { getPayloadClient } from '@/lib/payload'

/**
 * The appeal form's action (works without JavaScript): the signed-in member appeals once against
 * an action about her; the page then says it is sent, or what to fix.
 */
export async function appealAction(formData: FormData): Promise<void> {
  const locale = String(formData.get('locale') ?? '')
  if (!isLocale(locale)) redirect('/')
  const actionId = Number(formData.get('action'))
  const back = appealPath(locale, actionId)
  const member = await currentMember()
  if (!member) redirect(signInPath(locale, back))
  const result = await createAppeal(await getPayloadClient(), member.id, actionId, formData.get('text'))
  if (result.outcome === 'sent') redirect(`${back}&sent=1`)
  if (result.outcome === 'already') redirect(back)
  if (result.outcome === 'not_found') redirect(back)
  redirect(`${back}&error=${result.outcome}#appeal-text`)
}
