'use server'

import { redirect } from 'next/navigation'

import { formLocale, nextAttempt } from '@/lib/community/posting/actionLocale'
import { submitPostForm } from '@/lib/community/posting/formActions'
import type { PostFormState } from '@/lib/community/posting/formState'
import { currentMember } from '@/lib/community/session'
import { threadHref } from '@/lib/community/view/links'

/** The new-thread form: without JavaScript, a plain POST that renders the form again or answers 303. */
export async function createThreadAction(previous: PostFormState, form: FormData): Promise<PostFormState> {
  const locale = formLocale(form)
  const member = await currentMember()
  const outcome = await submitPostForm('thread', member?.id ?? null, form, locale, nextAttempt(previous))
  if ('state' in outcome) return outcome.state
  redirect(`${threadHref(locale, outcome.success.threadId)}?posted=${outcome.success.state === 'published' ? 'published' : 'held'}`)
}
