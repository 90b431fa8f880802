import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { revalidate } from '@/lib/cache/revalidate'
import { cacheTags } from '@/lib/cache/tags'
import type { EventSession } from '@/payload-types'

type Session = Pick<EventSession, 'edition' | '_status'> | null | undefined

const editionId = (session: Session): number | null => {
  const edition = session?.edition
  return typeof edition === 'number' ? edition : typeof edition === 'object' && edition ? edition.id : null
}

/** The slugs of the editions these sessions belong to (a session can be moved to another edition). */
async function editionSlugs(req: PayloadRequest, sessions: Session[]): Promise<string[]> {
  const ids = [...new Set(sessions.map(editionId).filter((id): id is number => id !== null))]
  if (ids.length === 0) return []
  const { docs } = await req.payload.find({
    collection: 'event-editions',
    where: { id: { in: ids } },
    draft: true,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { slug: true },
    req,
  })
  return docs.map((doc) => doc.slug)
}

async function revalidateEditionsOf(req: PayloadRequest, context: PayloadRequest['context'], sessions: Session[]): Promise<void> {
  if (context.disableRevalidate) return
  const slugs = await editionSlugs(req, sessions)
  revalidate([cacheTags.sitemap, ...slugs.map(cacheTags.event)], { context, req })
}

/** A session published, changed, moved or unpublished refreshes its edition's programme, session, speaker pages and feeds. */
export const revalidateSession: CollectionAfterChangeHook<EventSession> = async ({ doc, previousDoc, context, req }) => {
  if (doc._status !== 'published' && previousDoc?._status !== 'published') return doc
  await revalidateEditionsOf(req, context, [doc, previousDoc])
  return doc
}

export const revalidateDeletedSession: CollectionAfterDeleteHook<EventSession> = async ({ doc, context, req }) => {
  await revalidateEditionsOf(req, context, [doc])
  return doc
}
