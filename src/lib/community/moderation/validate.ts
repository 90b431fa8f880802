import type { z } from 'zod'

import type { ModerationMessageKey } from './messages'
import { ModerationRefusal } from './transaction'

const FIELD_MESSAGES: Record<string, ModerationMessageKey> = {
  action: 'moderationBadAction',
  reason: 'moderationReasonRequired',
  body: 'moderationBodyRequired',
  title: 'moderationBodyRequired',
  space: 'moderationSpaceRequired',
  days: 'moderationDaysRequired',
  evidence: 'moderationEvidenceRequired',
  outcome: 'appealBadOutcome',
}

/** Parses a request body or throws a 400 naming the first field at fault. */
export function parseOrRefuse<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const parsed = schema.safeParse(input ?? {})
  if (parsed.success) return parsed.data
  const field = String(parsed.error.issues[0]?.path[0] ?? 'action')
  throw new ModerationRefusal(400, FIELD_MESSAGES[field] ?? 'moderationBadAction')
}
