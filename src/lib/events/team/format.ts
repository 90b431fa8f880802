import type { AdminLanguage } from '@/components/admin/language'
import { ATTENDANCE_MODES, type AttendanceMode } from '../options'

export const modeName = (mode: AttendanceMode, language: AdminLanguage): string => ATTENDANCE_MODES[mode][language].toLocaleLowerCase(language)

/** A moment at the venue: in the edition's time zone, written in the admin's language. */
export const venueTime = (iso: string, timeZone: string, language: AdminLanguage): string =>
  new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(iso))
