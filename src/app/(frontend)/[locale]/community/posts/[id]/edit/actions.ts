'use server'

import { redirect } from 'next/navigation'

import { formId, formLocale, nextAttempt } from '@/lib/community/posting/actionLocale'
import { submitPostForm } from '@/lib/community/posting/formActions'
import type { PostFormState } from '@/lib/community/posting/formState'
import { currentMember } from '@/lib/community/session'
import { threadHref } from '@/lib/community/view/links'

/** The edit form of the author's own post. */
export async function editPostAction(previous: PostFormState, form: FormData): Promise<PostFormState> {
  const locale = formLocale(form)
  const member = await currentMember()
  const postId = formId(form, 'post')
  const outcome = await submitPostForm('edit', member?.id ?? null, form, locale, nextAttempt(previous), postId)
  if ('state' in outcome) return outcome.state
  const anchor = outcome.success.postId === outcome.success.threadId ? '' : `#post-${outcome.success.postId}`
  redirect(`${threadHref(locale, outcome.success.threadId)}?posted=edited${anchor}`)
}
