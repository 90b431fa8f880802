import type { Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { getPayloadClient } from '@/lib/payload'
import { cityByName } from './cityByName'
import { createReply } from './createReply'
import { createThread } from './createThread'
import { editPost } from './editPost'
import { type PostFormState, type PostFormValues, readPostForm, splitTags } from './formState'
import type { PostingResult } from './types'

/** The next form state after the service answered (a success is handled by the caller's redirect). */
function failed(values: PostFormValues, result: Extract<PostingResult, { ok: false }>, attempt: number): PostFormState {
  return { values, errors: result.fieldErrors ?? {}, formError: result.fieldErrors ? null : result.message, attempt }
}

export type FormOutcome = { state: PostFormState } | { success: Extract<PostingResult, { ok: true }> }

/**
 * What the thread, reply and edit forms' server actions share: read the form, call the posting
 * service as the signed-in member, and turn a refusal into the state the form shows again.
 */
export async function submitPostForm(kind: 'thread' | 'reply' | 'edit', memberId: number | null, form: FormData, locale: Locale, attempt: number, target?: number): Promise<FormOutcome> {
  const values = readPostForm(form)
  const payload = await getPayloadClient()
  try {
    let result: PostingResult
    if (kind === 'thread') {
      const city = values.city ? await cityByName(payload, values.city, locale) : null
      if (values.city && !city) return { state: { values, errors: { city: getStrings(locale).community.form.cityNotFound }, formError: null, attempt } }
      result = await createThread(
        payload,
        memberId,
        { space: values.space, kind: values.kind, title: values.title, body: values.body, tags: splitTags(values.tags), practices: values.practices, city, themes: values.themes },
        { locale },
      )
    } else if (kind === 'reply') {
      result = await createReply(payload, memberId, { thread: target ?? 0, body: values.body }, { locale })
    } else {
      result = await editPost(payload, memberId, target ?? 0, { title: values.title || undefined, body: values.body, tags: form.has('tags') ? splitTags(values.tags) : undefined }, { locale })
    }
    return result.ok ? { success: result } : { state: failed(values, result, attempt) }
  } catch (error) {
    payload.logger.error({ err: error }, `a community ${kind} could not be saved`)
    return { state: { values, errors: {}, formError: getStrings(locale).community.form.unexpected, attempt } }
  }
}
