import type { CollectionAfterOperationHook } from 'payload'

import { isStaffUser } from '@/access/roles'

const SPEAKER_FIELDS = ['speakers', 'moderators'] as const

type SessionLike = Partial<Record<(typeof SPEAKER_FIELDS)[number], unknown>>

/** A speaker the reader may not see stays a bare id after population; a populated one passed the speakers' read rule. */
function bareIds(value: unknown): number[] {
  return Array.isArray(value) ? value.filter((item): item is number => typeof item === 'number') : []
}

/**
 * The public reads a session's speakers and moderators without the ones who did not consent
 * to be published: not their names (the speakers' read rule already hides those) and not even
 * their ids, at any depth, through REST, GraphQL or the Local API without overrideAccess.
 * One query per read, whatever the number of sessions.
 */
export const hideUnconsentedSpeakers: CollectionAfterOperationHook<'event-sessions'> = async (hookArgs) => {
  const { operation, req, overrideAccess } = hookArgs
  if (operation !== 'find' && operation !== 'findByID') return hookArgs.result
  if (overrideAccess || isStaffUser(req.user)) return hookArgs.result
  const result = hookArgs.result as unknown
  if (!result) return hookArgs.result
  const docs: SessionLike[] = operation === 'find' ? ((result as { docs?: SessionLike[] }).docs ?? []) : [result as SessionLike]
  const ids = [...new Set(docs.flatMap((doc) => SPEAKER_FIELDS.flatMap((field) => bareIds(doc[field]))))]
  if (ids.length === 0) return hookArgs.result
  const { docs: consenting } = await req.payload.find({
    collection: 'speakers',
    where: { and: [{ id: { in: ids } }, { consentToPublish: { equals: true } }] },
    select: {},
    depth: 0,
    limit: ids.length,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const visible = new Set(consenting.map((speaker) => speaker.id))
  for (const doc of docs) {
    for (const field of SPEAKER_FIELDS) {
      const value = doc[field]
      if (Array.isArray(value)) doc[field] = value.filter((item) => typeof item !== 'number' || visible.has(item))
    }
  }
  return hookArgs.result
}
