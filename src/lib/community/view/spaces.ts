import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { sqlRunner } from '@/lib/practices/database'
import type { SpaceRef, SpaceView } from './types'

/** Every space, in the moderators' order, with its number of listed threads. */
export async function listSpaces(payload: Payload, locale: Locale): Promise<SpaceView[]> {
  const [{ docs }, counts] = [
    await payload.find({ collection: 'community-spaces', locale, depth: 0, limit: 200, pagination: false, sort: 'order', overrideAccess: false }),
    await threadCounts(payload),
  ]
  return docs.map((space) => ({
    id: space.id,
    slug: space.slug ?? String(space.id),
    title: space.title,
    description: space.description ?? null,
    kind: space.kind,
    themeId: space.theme == null ? null : typeof space.theme === 'object' ? space.theme.id : space.theme,
    threadCount: counts.get(space.id) ?? 0,
  }))
}

async function threadCounts(payload: Payload): Promise<Map<number, number>> {
  const db = await sqlRunner(payload)
  const { rows } = await db.execute(sql`SELECT space_id, count(*)::int AS threads FROM community_posts WHERE listed AND thread_id IS NULL GROUP BY space_id`)
  return new Map(rows.map((row) => [Number(row.space_id), Number(row.threads)]))
}

export async function findSpaceBySlug(payload: Payload, slug: string, locale: Locale): Promise<SpaceView | null> {
  return (await listSpaces(payload, locale)).find((space) => space.slug === slug) ?? null
}

export async function spaceRefs(payload: Payload, ids: Array<number | null>, locale: Locale): Promise<Map<number, SpaceRef>> {
  const wanted = [...new Set(ids.filter((id): id is number => typeof id === 'number'))]
  if (wanted.length === 0) return new Map()
  const { docs } = await payload.find({ collection: 'community-spaces', where: { id: { in: wanted } }, locale, depth: 0, limit: wanted.length, pagination: false, overrideAccess: false, select: { title: true, slug: true } })
  return new Map(docs.map((space) => [space.id, { id: space.id, slug: space.slug ?? String(space.id), title: space.title }]))
}
