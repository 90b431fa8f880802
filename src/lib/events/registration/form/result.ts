import { ATTENDANCE_MODES, type AttendanceMode } from '../../options'

/**
 * What the result page says after a registration. `again`: the address was already registered —
 * the page says only that its e-mail was sent again, whatever the registration's state.
 */
export type RegistrationResult = { outcome: 'confirmed' | 'waitlisted' | 'again'; mode: AttendanceMode; position: number | null }

export function registrationResultPath(locale: string, editionSlug: string, result: RegistrationResult): string {
  const query = new URLSearchParams({ outcome: result.outcome, mode: result.mode })
  if (result.outcome === 'waitlisted' && result.position) query.set('position', String(result.position))
  return `/${locale}/events/${encodeURIComponent(editionSlug)}/register/done?${query.toString()}`
}

/** Reads the result page's query; anything else reads as null (the page then shows the neutral "check your email"). */
export function parseRegistrationResult(query: Record<string, string | string[] | undefined>): RegistrationResult | null {
  const { outcome, mode, position } = query
  if (outcome !== 'confirmed' && outcome !== 'waitlisted' && outcome !== 'again') return null
  if (typeof mode !== 'string' || !(mode in ATTENDANCE_MODES)) return null
  const place = typeof position === 'string' && /^[1-9]\d{0,6}$/.test(position) ? Number(position) : null
  if (outcome === 'waitlisted' && place === null) return null
  return { outcome, mode: mode as AttendanceMode, position: outcome === 'waitlisted' ? place : null }
}
