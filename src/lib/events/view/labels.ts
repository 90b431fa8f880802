import type { Locale } from '@/i18n/locales'
import { ATTENDANCE_MODES, EVENT_FORMATS, SESSION_TYPES } from '@/lib/events/options'
import type { EventFormat, SessionType } from './types'

export const sessionTypeName = (type: SessionType, locale: Locale): string => SESSION_TYPES[type][locale]

export const formatName = (format: EventFormat, locale: Locale): string => EVENT_FORMATS[format][locale]

export const modeName = (mode: keyof typeof ATTENDANCE_MODES, locale: Locale): string => ATTENDANCE_MODES[mode][locale]

/** A language's name in the visitor's language, capitalised as a label: "Anglais", "Portugués". */
export function languageName(code: string, locale: Locale): string {
  const name = new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1)
}
