import { z } from 'zod'

import { THREAD_KINDS } from '../options'
import type { RefusalCode } from './messages'
import { Refusal } from './refusal'
import type { EditInput, ReplyInput, ThreadField, ThreadInput } from './types'

const id = z.coerce.number().int().positive()

/** Ids from checkboxes: anything that is not an id is dropped (a tampered form gains nothing). */
const ids = (max: number) =>
  z
    .array(z.unknown())
    .default([])
    .transform((values) => [...new Set(values.map(Number).filter((value) => Number.isSafeInteger(value) && value > 0))].slice(0, max))

const tags = z
  .array(z.string().trim().max(40, { error: 'tagTooLong' }))
  .default([])
  .transform((values) => [...new Map(values.filter(Boolean).map((tag) => [tag.toLowerCase(), tag])).values()])
  .refine((values) => values.length <= 5, { error: 'tooManyTags' })

const body = z.string({ error: 'bodyRequired' }).trim().min(2, { error: 'bodyRequired' }).max(20000, { error: 'bodyTooLong' })
const title = z.string({ error: 'titleRequired' }).trim().min(5, { error: 'titleRequired' }).max(200, { error: 'titleTooLong' })

const threadSchema = z
  .object({
    space: id.catch(0).refine((value) => value > 0, { error: 'spaceRequired' }),
    kind: z.enum(Object.keys(THREAD_KINDS) as [keyof typeof THREAD_KINDS], { error: 'kindInvalid' }),
    title,
    body,
    tags,
    practices: ids(10),
    city: id.nullish().catch(null),
    themes: ids(6),
  })
  .superRefine((value, context) => {
    if (value.kind === 'twinning' && (value.themes.length === 0 || value.themes.length > 5)) context.addIssue({ code: 'custom', path: ['themes'], message: 'themesRequired' })
  })

export type ValidThread = z.output<typeof threadSchema>

const replySchema = z.object({ thread: id, body })
const editSchema = z.object({ title: title.optional(), body, tags: tags.optional() })

function parsed<T>(schema: z.ZodType<T>, input: unknown): T {
  const result = schema.safeParse(input)
  if (result.success) return result.data
  const fieldErrors: Partial<Record<ThreadField, RefusalCode>> = {}
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? 'body') as ThreadField
    fieldErrors[field] ??= (issue.message in FIELD_CODES ? issue.message : 'invalid') as RefusalCode
  }
  throw new Refusal('invalid', {}, fieldErrors)
}

const FIELD_CODES: Record<string, true> = {
  titleRequired: true,
  titleTooLong: true,
  bodyRequired: true,
  bodyTooLong: true,
  tooManyTags: true,
  tagTooLong: true,
  kindInvalid: true,
  spaceRequired: true,
  themesRequired: true,
}

export const validThread = (input: ThreadInput): ValidThread => parsed(threadSchema, input)
export const validReply = (input: ReplyInput) => parsed(replySchema, input)
export const validEdit = (input: EditInput) => parsed(editSchema, input)
