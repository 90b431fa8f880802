import type { Payload } from 'payload'

import { findPublicEditions } from './editions'
import { findPublicSessions } from './sessions'
import { speakerIdsOf } from './speakers'

export type EventSitemapPath = { path: string; lastModified?: string }

/**
 * The event's public pages, as an anonymous visitor may read them: the list, each published edition
 * with its programme and speakers, its published sessions and its consenting speakers.
 */
export async function findEventSitemapPaths(payload: Payload): Promise<EventSitemapPath[]> {
  const paths: EventSitemapPath[] = [{ path: '/events' }]
  for (const edition of await findPublicEditions(payload, 'en')) {
    const base = `/events/${edition.slug}`
    const sessions = await findPublicSessions(payload, edition.id, 'en')
    const speakers = new Map(sessions.flatMap((session) => [...session.speakers, ...session.moderators]).map((speaker) => [speaker.id, speaker.slug]))
    paths.push(
      { path: base },
      { path: `${base}/programme` },
      { path: `${base}/speakers` },
      ...sessions.map((session) => ({ path: `${base}/sessions/${session.slug}` })),
      ...speakerIdsOf(sessions).map((id) => ({ path: `${base}/speakers/${speakers.get(id)}` })),
    )
  }
  return paths
}
