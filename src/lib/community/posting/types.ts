import type { Locale } from '@/i18n/locales'
import type { PostState } from '../options'
import type { RefusalCode } from './messages'

export type ThreadField = 'space' | 'kind' | 'title' | 'body' | 'tags' | 'practices' | 'city' | 'themes'

export type ThreadInput = {
  space: number | string
  kind: string
  title: string
  body: string
  tags?: string[]
  practices?: Array<number | string>
  city?: number | string | null
  themes?: Array<number | string>
}

export type ReplyInput = { thread: number | string; body: string }

export type EditInput = { title?: string; body: string; tags?: string[] }

export type PostingOptions = {
  /** The clock (tests move it); defaults to now. */
  now?: Date
  /** The language of refusal messages; defaults to the member's email language. */
  locale?: Locale
}

export type PostingSuccess = {
  ok: true
  postId: number
  threadId: number
  /** `pending` when the post waits for review (a new member's first posts). */
  state: PostState
}

export type PostingRefusal = {
  ok: false
  code: RefusalCode
  /** The refusal, ready to show (localized, with dates in UTC). */
  message: string
  /** Per field, when the input did not validate. */
  fieldErrors?: Partial<Record<ThreadField, string>>
}

export type PostingResult = PostingSuccess | PostingRefusal

/** Who marks a solution: a member (must be the thread's author) or a moderator. */
export type SolutionActor = { member: number } | { moderator: number }
