import type { Payload } from 'payload'

import type { AuthorView } from './types'

/**
 * Authors' public face: name and badge only. Members' accounts are not readable by the public, so
 * this one projection is read with access overridden and nothing else leaves it.
 */
export async function authorsById(payload: Payload, ids: Array<number | null>): Promise<Map<number, NonNullable<AuthorView>>> {
  const wanted = [...new Set(ids.filter((id): id is number => typeof id === 'number'))]
  if (wanted.length === 0) return new Map()
  const { docs } = await payload.find({
    collection: 'members',
    where: { id: { in: wanted } },
    depth: 0,
    limit: wanted.length,
    pagination: false,
    overrideAccess: true,
    select: { name: true, moderation: { verifiedOfficial: true } },
  })
  return new Map(docs.map((member) => [member.id, { id: member.id, name: member.name, verifiedOfficial: Boolean(member.moderation?.verifiedOfficial) }]))
}

export const relationId = (value: unknown): number | null =>
  value == null ? null : typeof value === 'object' ? Number((value as { id: unknown }).id) : Number(value)
