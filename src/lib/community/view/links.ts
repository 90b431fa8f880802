import type { Locale } from '@/i18n/locales'
import type { ThreadSort } from './types'

export const communityHref = (locale: Locale, rest = ''): string => `/${locale}/community${rest ? `/${rest}` : ''}`

export const threadHref = (locale: Locale, id: number, postId?: number): string => communityHref(locale, `threads/${id}${postId ? `#post-${postId}` : ''}`)

/** A space's listing; the canonical form leaves out the defaults (latest, page 1). */
export function spaceHref(locale: Locale, slug: string, { sort = 'latest', page = 1 }: { sort?: ThreadSort; page?: number } = {}): string {
  const query = new URLSearchParams()
  if (sort !== 'latest') query.set('sort', sort)
  if (page > 1) query.set('page', String(page))
  const search = query.toString()
  return communityHref(locale, `spaces/${encodeURIComponent(slug)}${search ? `?${search}` : ''}`)
}

export const signInHref = (locale: Locale, next: string): string => communityHref(locale, `sign-in?next=${encodeURIComponent(next)}`)

/** The date a listing shows (UTC, the member's language). */
export function shortDate(locale: Locale, iso: string): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(iso))
}

export const fill = (template: string, vars: Record<string, string | number>): string => template.replace(/\{\{(\w+)\}\}/g, (_match, name: string) => String(vars[name] ?? ''))

/** A sort from the query string: null when it is not one we know (the page then redirects). */
export function parseSort(value: string | string[] | undefined): ThreadSort | null {
  if (value === undefined) return 'latest'
  return typeof value === 'string' && (['latest', 'unanswered', 'solved'] as string[]).includes(value) ? (value as ThreadSort) : null
}

/** A page number from the query string: null when it is not a whole number from 1. */
export function parsePage(value: string | string[] | undefined): number | null {
  if (value === undefined) return 1
  return typeof value === 'string' && /^[1-9]\d{0,5}$/.test(value) ? Number(value) : null
}
