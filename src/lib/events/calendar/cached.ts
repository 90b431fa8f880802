import { unstable_cache } from 'next/cache'

import type { Locale } from '@/i18n/locales'
import { cacheTags } from '@/lib/cache/tags'
import { getPayloadClient } from '@/lib/payload'
import { programmeCalendar, sessionCalendar } from './feeds'

/**
 * `unstable_cache` needs the cache of a running Next.js server; outside one (tests, scripts) the
 * feed is simply built again, which is what the cache would hold anyway.
 */
async function cachedWhereServed(load: () => Promise<string | null>, keyParts: string[], tags: string[]): Promise<string | null> {
  try {
    return await unstable_cache(load, keyParts, { tags })()
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('Invariant: incrementalCache missing')) return load()
    throw error
  }
}

/** Public calendar data changes with its edition, its sessions or a speaker (whose name it shows). */
const tagsOf = (slug: string) => [cacheTags.event(slug), cacheTags.eventSpeakers]

/** The programme feed, cached until the edition, a session or a speaker changes. */
export const cachedProgrammeCalendar = async (slug: string, locale: Locale) =>
  cachedWhereServed(async () => programmeCalendar(await getPayloadClient(), slug, locale), ['event-programme-ics', slug, locale], tagsOf(slug))

/** One session's file, cached the same way. */
export const cachedSessionCalendar = async (slug: string, session: string, locale: Locale) =>
  cachedWhereServed(async () => sessionCalendar(await getPayloadClient(), slug, session, locale), ['event-session-ics', slug, session, locale], tagsOf(slug))
