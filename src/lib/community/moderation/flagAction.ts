'use server'

import { redirect } from 'next/navigation'

import { isLocale } from '@/i18n/locales'
import { getPayloadClient } from '@/lib/payload'
import { currentMember } from '../session'
import { flagPost } from './flags'
import { postPath, signInPath } from './links'
import { idOf } from './transaction'

/**
 * The flag form's action (works without JavaScript): flags the post as the signed-in member, then
 * goes back to the thread with the outcome in `?flag=` (the thread page shows <FlagNotice/>). When
 * the flag hid the thread itself, the community home says it instead.
 */
export async function flagAction(formData: FormData): Promise<void> {
  const locale = String(formData.get('locale') ?? '')
  if (!isLocale(locale)) redirect('/')
  const postId = Number(formData.get('post'))
  if (!Number.isInteger(postId) || postId <= 0) redirect(`/${locale}/community`)
  const payload = await getPayloadClient()
  const post = await payload.findByID({ collection: 'community-posts', id: postId, depth: 0, overrideAccess: true, select: { thread: true }, disableErrors: true })
  if (!post) redirect(`/${locale}/community?flag=not_found`)
  const threadId = idOf(post.thread) ?? postId
  const member = await currentMember()
  if (!member) redirect(signInPath(locale, postPath(locale, threadId, postId)))

  const result = await flagPost(payload, member.id, postId, { reason: formData.get('reason') ?? undefined, text: formData.get('text') ?? undefined })
  if (result.outcome === 'flagged' && result.hidden && threadId === postId) redirect(`/${locale}/community?flag=flagged`)
  const [path, anchor] = postPath(locale, threadId, postId).split('#')
  redirect(`${path}?flag=${result.outcome}${anchor ? `#${anchor}` : ''}`)
}
