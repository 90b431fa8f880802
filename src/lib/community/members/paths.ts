import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'
import { siteUrl } from '@/lib/seo/siteUrl'

export type MemberPage =
  | 'sign-up'
  | 'sign-up/check-email'
  | 'sign-in'
  | 'verify'
  | 'forgot-password'
  | 'forgot-password/check-email'
  | 'reset-password'
  | 'account'
  | 'account/notifications'
  | 'account/export'
  | 'account/delete'
  | 'account/photo'

/** The portal path of a members page, e.g. `/fr/community/sign-in`. */
export const memberPath = (locale: Locale, page: MemberPage | '' = ''): string => `/${locale}/community${page ? `/${page}` : ''}`

export const memberProfilePath = (locale: Locale, id: number | string): string => `/${locale}/community/members/${id}`

/** An absolute link for emails. */
export const memberUrl = (locale: Locale, page: MemberPage, query: Record<string, string> = {}): string => {
  const search = new URLSearchParams(query).toString()
  return `${siteUrl()}${memberPath(locale, page)}${search ? `?${search}` : ''}`
}

/**
 * Where to go after signing in: only a path of this site (`/…`, not `//host` nor `/\host`, no scheme,
 * no control characters), else the community home. Keeps the sign-in page from being an open redirect.
 */
export function safeNextPath(next: unknown, locale: Locale): string {
  const fallback = memberPath(locale)
  if (typeof next !== 'string' || next.length === 0 || next.length > 500) return fallback
  if (!next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback
  if (/[\u0000-\u001f\u007f\\]/.test(next)) return fallback
  try {
    const base = 'http://gkec.invalid'
    const url = new URL(next, base)
    if (url.origin !== base) return fallback
    return `${url.pathname}${url.search}${url.hash}`
  } catch {
    return fallback
  }
}

/** The page's language as a form posted it (hidden `pageLocale`), else the default. */
export function formLocale(form: FormData): Locale {
  const value = form.get('pageLocale')
  return typeof value === 'string' && isLocale(value) ? value : defaultLocale
}
