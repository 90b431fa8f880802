import type { RichTextValue } from '@/lib/practices/practiceView'
import type { EventEdition, EventSession } from '@/payload-types'

export type EventFormat = EventEdition['format']
export type EditionStage = EventEdition['stage']
export type SessionType = EventSession['type']
export type SessionLanguage = NonNullable<EventSession['languages']>[number]

/** An edition in the list of editions. Never carries the streaming link. */
export type EditionSummary = {
  id: number
  slug: string
  title: string
  theme: string | null
  year: number
  format: EventFormat
  stage: EditionStage
  startsAt: string
  endsAt: string
  timeZone: string
  venueName: string | null
}

/** Everything the edition's public page shows. Never carries the streaming link. */
export type EditionView = EditionSummary & {
  description: RichTextValue | null
  venue: { name: string | null; address: string | null; latitude: number | null; longitude: number | null; access: string | null }
  capacity: { inPerson: number; online: number }
  registration: { opensAt: string | null; closesAt: string | null }
  updatedAt: string
}

/** A speaker as a session lists her: consenting speakers only. */
export type SpeakerRef = { id: number; slug: string; name: string; organisation: string | null; role: string | null }

export type ThemeRef = { slug: string; name: string }

/** One published session of an edition, with its consenting speakers and moderators. */
export type SessionView = {
  id: number
  slug: string
  title: string
  description: string | null
  type: SessionType
  track: string | null
  room: string | null
  startsAt: string
  endsAt: string
  languages: SessionLanguage[]
  interpretation: SessionLanguage[]
  speakers: SpeakerRef[]
  moderators: SpeakerRef[]
  themes: ThemeRef[]
  /** Showcased practices, as ids: the session page reads the published ones. */
  practiceIds: number[]
  capacity: number | null
}

/** A consenting speaker's public profile. */
export type SpeakerView = {
  id: number
  slug: string
  name: string
  organisation: string | null
  city: string | null
  country: { name: string; code: string } | null
  role: string | null
  biography: string | null
  photo: { url: string; alt: string; width: number | null; height: number | null } | null
  photoCredit: string | null
}

/** Where registration stands, as the edition page says it. */
export type RegistrationState = 'open' | 'full' | 'not_yet_open' | 'closed' | 'cancelled'

export type ModeAvailability = { mode: 'in_person' | 'online'; capacity: number; full: boolean }
