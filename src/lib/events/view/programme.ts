import { toSlug } from '@/fields/slug'
import { SESSION_TYPES } from '@/lib/events/options'
import { dayKey, isDayKey, visitorZoneParam } from '@/lib/events/time'
import type { SessionLanguage, SessionType, SessionView, ThemeRef } from './types'

/** The programme's filters, one GET parameter each: day (YYYY-MM-DD in the event's zone), track (slug), type, lang, theme (slug). */
export type ProgrammeFilters = {
  day: string | null
  track: string | null
  type: SessionType | null
  lang: SessionLanguage | null
  theme: string | null
}

/** The filters and the visitor's time zone (`tz`), when it differs from the event's. */
export type ProgrammeParams = ProgrammeFilters & { tz: string | null }

export const NO_FILTERS: ProgrammeParams = { day: null, track: null, type: null, lang: null, theme: null, tz: null }

/** What each filter can be set to: the values the edition's published sessions have. */
export type ProgrammeOptions = {
  days: string[]
  tracks: Array<{ value: string; label: string }>
  types: SessionType[]
  languages: SessionLanguage[]
  themes: ThemeRef[]
}

const PARAM_ORDER = ['day', 'track', 'type', 'lang', 'theme', 'tz'] as const

type RawParams = Record<string, string | string[] | undefined>

const firstOf = (raw: RawParams, name: string): string => {
  const value = raw[name]
  return ((Array.isArray(value) ? value[0] : value) ?? '').trim()
}

/** A session's track as a filter value ("Finance & investment" → "finance-investment"). */
export const trackValue = (track: string): string => toSlug(track)

/** A session is in a language when it is held in it or interpreted into it. */
const speaksIn = (session: SessionView, lang: SessionLanguage) => session.languages.includes(lang) || session.interpretation.includes(lang)

export function programmeOptions(sessions: SessionView[], eventZone: string): ProgrammeOptions {
  const tracks = new Map<string, string>()
  const themes = new Map<string, ThemeRef>()
  for (const session of sessions) {
    if (session.track && trackValue(session.track)) tracks.set(trackValue(session.track), session.track)
    for (const theme of session.themes) themes.set(theme.slug, theme)
  }
  const typeOrder = Object.keys(SESSION_TYPES) as SessionType[]
  return {
    days: [...new Set(sessions.map((session) => dayKey(session.startsAt, eventZone)))].sort(),
    tracks: [...tracks].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label)),
    types: typeOrder.filter((type) => sessions.some((session) => session.type === type)),
    languages: [...new Set(sessions.flatMap((session) => [...session.languages, ...session.interpretation]))].sort(),
    themes: [...themes.values()].sort((a, b) => a.name.localeCompare(b.name)),
  }
}

/**
 * The filters a visitor asked for, each kept only when it can match something in this programme:
 * a bad or stale value is dropped (and the page redirects to the address without it). A zone equal
 * to the event's own is dropped too, since the page shows that one anyway.
 */
export function parseProgrammeParams(raw: RawParams, options: ProgrammeOptions, eventZone: string): ProgrammeParams {
  const pick = <T extends string>(name: string, allowed: readonly T[]): T | null => {
    const value = firstOf(raw, name)
    return (allowed as readonly string[]).includes(value) ? (value as T) : null
  }
  const day = firstOf(raw, 'day')
  return {
    day: isDayKey(day) && options.days.includes(day) ? day : null,
    track: pick(
      'track',
      options.tracks.map((track) => track.value),
    ),
    type: pick('type', options.types),
    lang: pick('lang', options.languages),
    theme: pick(
      'theme',
      options.themes.map((theme) => theme.slug),
    ),
    tz: visitorZoneParam(firstOf(raw, 'tz'), eventZone),
  }
}

/** The one address of these parameters, in a fixed order: "?day=2027-06-15&track=finance". */
export function programmeQuery(params: Partial<ProgrammeParams>): string {
  const query = new URLSearchParams()
  for (const name of PARAM_ORDER) {
    const value = params[name]
    if (value) query.set(name, value)
  }
  const text = query.toString()
  return text ? `?${text}` : ''
}

/** The address as it came, through the same encoder, to compare with the canonical one. */
export function receivedProgrammeQuery(raw: RawParams): string {
  const query = new URLSearchParams()
  for (const [name, value] of Object.entries(raw)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) query.append(name, item)
  }
  const text = query.toString()
  return text ? `?${text}` : ''
}

/** The sessions that match every filter set (the day is the day in the event's zone). */
export function filterSessions(sessions: SessionView[], filters: ProgrammeFilters, eventZone: string): SessionView[] {
  return sessions.filter(
    (session) =>
      (!filters.day || dayKey(session.startsAt, eventZone) === filters.day) &&
      (!filters.track || (session.track !== null && trackValue(session.track) === filters.track)) &&
      (!filters.type || session.type === filters.type) &&
      (!filters.lang || speaksIn(session, filters.lang)) &&
      (!filters.theme || session.themes.some((theme) => theme.slug === filters.theme)),
  )
}

export type ProgrammeDay = { day: string; sessions: SessionView[] }

/** Sessions grouped by the day they start on in the event's zone, days and sessions in time order. */
export function groupByDay(sessions: SessionView[], eventZone: string): ProgrammeDay[] {
  const days = new Map<string, SessionView[]>()
  const ordered = [...sessions].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt) || a.title.localeCompare(b.title))
  for (const session of ordered) {
    const key = dayKey(session.startsAt, eventZone)
    days.set(key, [...(days.get(key) ?? []), session])
  }
  return [...days].sort(([a], [b]) => a.localeCompare(b)).map(([day, list]) => ({ day, sessions: list }))
}

export const isFiltered = (filters: ProgrammeFilters): boolean => Boolean(filters.day || filters.track || filters.type || filters.lang || filters.theme)
