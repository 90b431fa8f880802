import { ATTENDANCE_MODES, type AttendanceMode } from '../../options'

/** What the registration page says after an action (the `done` query parameter). */
export const MANAGE_NOTICES = [
  'cancelled',
  'accepted',
  'offerExpired',
  'modeChanged',
  'modeFull',
  'modeUnavailable',
  'tooLate',
  'sessionsSaved',
  'sessionsFull',
  'unknownSession',
  'notConfirmed',
  'unchanged',
] as const
export type ManageNotice = (typeof MANAGE_NOTICES)[number]

export type ManageNoticeState = { notice: ManageNotice; mode: AttendanceMode | null; fullSessions: number[] }

/** The private page of a registration (relative; the e-mails carry the absolute `managementUrl`). */
export function managePath(locale: string, editionSlug: string, token: string, after?: ManageNoticeState | { step: 'cancel' }): string {
  const query = new URLSearchParams({ token })
  if (after && 'step' in after) query.set('step', after.step)
  else if (after) {
    query.set('done', after.notice)
    if (after.mode) query.set('mode', after.mode)
    if (after.fullSessions.length) query.set('full', after.fullSessions.join(','))
  }
  return `/${locale}/events/${encodeURIComponent(editionSlug)}/registration?${query.toString()}`
}

const one = (value: string | string[] | undefined) => (typeof value === 'string' ? value : undefined)

/** Reads the notice of the page's query; anything unknown reads as no notice. */
export function parseManageNotice(query: Record<string, string | string[] | undefined>): ManageNoticeState | null {
  const notice = one(query.done)
  if (!notice || !(MANAGE_NOTICES as readonly string[]).includes(notice)) return null
  const mode = one(query.mode)
  const full = (one(query.full) ?? '')
    .split(',')
    .filter((id) => /^\d{1,9}$/.test(id))
    .slice(0, 50)
    .map(Number)
  return { notice: notice as ManageNotice, mode: mode && mode in ATTENDANCE_MODES ? (mode as AttendanceMode) : null, fullSessions: full }
}
