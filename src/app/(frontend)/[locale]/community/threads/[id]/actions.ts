'use server'

import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'

import { formId, formLocale, nextAttempt } from '@/lib/community/posting/actionLocale'
import { submitPostForm } from '@/lib/community/posting/formActions'
import type { PostFormState } from '@/lib/community/posting/formState'
import { markSolution } from '@/lib/community/posting/markSolution'
import { currentViewer } from '@/lib/community/session'
import { threadHref } from '@/lib/community/view/links'
import { getPayloadClient } from '@/lib/payload'

/** The reply form under a thread. */
export async function replyAction(previous: PostFormState, form: FormData): Promise<PostFormState> {
  const locale = formLocale(form)
  const { member } = await currentViewer()
  const threadId = formId(form, 'thread')
  const outcome = await submitPostForm('reply', member?.id ?? null, form, locale, nextAttempt(previous), threadId)
  if ('state' in outcome) return outcome.state
  const posted = outcome.success.state === 'published' ? 'published' : 'held'
  redirect(`${threadHref(locale, outcome.success.threadId)}?posted=${posted}#post-${outcome.success.postId}`)
}

/** "Mark as the solution" / "No longer the solution": the thread's author or a moderator. */
export async function solutionAction(form: FormData): Promise<void> {
  const locale = formLocale(form)
  const threadId = formId(form, 'thread')
  const replyId = formId(form, 'reply') || null
  const { member, moderator } = await currentViewer()
  const actor = moderator ? { moderator: moderator.id } : member ? { member: member.id } : null
  if (actor) await markSolution(await getPayloadClient(), actor, threadId, replyId, { locale })
  // With JavaScript, a redirect to the same page differing only by its #fragment would not re-render
  // it: the query string makes it a new address, and the path is revalidated for the router.
  revalidatePath(threadHref(locale, threadId))
  redirect(`${threadHref(locale, threadId)}?solution=${replyId ? 'marked' : 'unmarked'}${replyId ? `#post-${replyId}` : ''}`)
}
