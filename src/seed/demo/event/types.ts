import type { Locale } from '@/i18n/locales'
import type { EventSession } from '@/payload-types'

export type Localized = Record<Locale, string>

export type DemoSpeaker = {
  slug: string
  name: string
  organisation: string
  city: string
  /** ISO alpha-2 code of a seeded country. */
  country: string
  role: Localized
  biography: Localized
  consentToPublish: boolean
}

export type DemoSession = {
  slug: string
  title: Localized
  description: Localized
  type: EventSession['type']
  track?: string
  room: string
  /** Local time in the edition's zone (Europe/Brussels, summer time: UTC+2), e.g. '2027-06-15 09:00'. */
  starts: string
  ends: string
  languages: NonNullable<EventSession['languages']>
  interpretation?: NonNullable<EventSession['interpretation']>
  speakers?: string[]
  moderators?: string[]
  themes: string[]
  practices?: string[]
  capacity?: number
}
