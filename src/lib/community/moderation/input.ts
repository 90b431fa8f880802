import { z } from 'zod'

import { MODERATION_REASONS, type ModerationReason } from '../options'

/** Form fields arrive as strings: an empty one means "not given". */
const blankAsMissing = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value)

export const reasonField = z.preprocess(blankAsMissing, z.enum(Object.keys(MODERATION_REASONS) as [ModerationReason, ...ModerationReason[]]).optional())
export const noteField = z.preprocess(blankAsMissing, z.string().trim().max(2000).optional())

export const POST_ACTIONS = ['approve', 'reject', 'edit', 'hide', 'restore', 'remove', 'lock', 'unlock', 'move', 'dismiss_flags', 'to_practice'] as const
export type PostAction = (typeof POST_ACTIONS)[number]

export const MEMBER_ACTIONS = ['silence', 'suspend', 'lift_sanction', 'verify_official'] as const
export type MemberAction = (typeof MEMBER_ACTIONS)[number]

/** Actions whose reason the member must be given. */
export const REASON_REQUIRED: ReadonlySet<string> = new Set(['reject', 'edit', 'hide', 'remove', 'silence', 'suspend'])

export const postActionInput = z.object({
  action: z.enum(POST_ACTIONS),
  reason: reasonField,
  note: noteField,
  title: z.preprocess(blankAsMissing, z.string().trim().max(200).optional()),
  body: z.preprocess(blankAsMissing, z.string().trim().min(1).max(20000).optional()),
  space: z.preprocess(blankAsMissing, z.coerce.number().int().positive().optional()),
})
export type PostActionInput = z.infer<typeof postActionInput>

export const memberActionInput = z.object({
  action: z.enum(MEMBER_ACTIONS),
  reason: reasonField,
  note: noteField,
  days: z.preprocess(blankAsMissing, z.coerce.number().int().min(1).max(365).optional()),
  /** Instead of days: the end of the sanction (ISO date and time). */
  until: z.preprocess(blankAsMissing, z.coerce.date().optional()),
  evidence: z.preprocess(blankAsMissing, z.string().trim().max(2000).optional()),
})
export type MemberActionInput = z.infer<typeof memberActionInput>

export const appealDecisionInput = z.object({
  outcome: z.enum(['upheld', 'denied']),
  note: noteField,
})
export type AppealDecisionInput = z.infer<typeof appealDecisionInput>
