export const ADMIN_LANGUAGES = ['en', 'fr', 'es', 'pt'] as const
export type AdminLanguage = (typeof ADMIN_LANGUAGES)[number]

/** The admin panel's language as one of ours (Payload may report a language we do not translate). */
export const adminLanguage = (language: string | undefined): AdminLanguage =>
  (ADMIN_LANGUAGES as readonly string[]).includes(language ?? '') ? (language as AdminLanguage) : 'en'

/**
 * A day as people read it in that language. Due dates and expiries are stored as the end of a UTC
 * day, so they are shown in UTC: the same day everywhere.
 */
export const formatDay = (iso: string | null | undefined, language: AdminLanguage): string =>
  iso ? new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso)) : '—'

const OPEN = new Set(['assigned', 'in_progress'])

/** An open evaluation whose due date has passed. */
export const isOverdue = (evaluation: { status: string; dueDate?: string | null }, now: Date = new Date()): boolean =>
  OPEN.has(evaluation.status) && Boolean(evaluation.dueDate) && new Date(evaluation.dueDate as string).getTime() < now.getTime()

export const isOpen = (status: string): boolean => OPEN.has(status)

/** Fills `{name}`-style placeholders. */
export const fill = (text: string, vars: Record<string, string | number>): string =>
  text.replace(/\{(\w+)\}/g, (match, key: string) => (key in vars ? String(vars[key]) : match))
