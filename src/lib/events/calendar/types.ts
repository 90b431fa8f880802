import type { EventEdition } from '@/payload-types'

/** One VEVENT: an edition or a session, with what a calendar shows of it. */
export type CalendarEntry = {
  /** Stable across feeds and files (`session-<id>@<host>`), so a calendar updates the event instead of adding another. */
  uid: string
  start: string
  end: string
  summary: string
  description: string
  location: string | null
  url: string
  updatedAt: string
}

/** What a calendar may say about a published edition: public data only (never the streaming link). */
export type CalendarEdition = {
  id: number
  slug: string
  title: string
  theme: string | null
  format: EventEdition['format']
  startsAt: string
  endsAt: string
  timeZone: string
  venue: { name: string | null; address: string | null }
  updatedAt: string
}

/** A published session, with the names of its consenting speakers and moderators. */
export type CalendarSession = {
  id: number
  slug: string
  title: string
  description: string | null
  room: string | null
  startsAt: string
  endsAt: string
  speakers: string[]
  moderators: string[]
  updatedAt: string
}
