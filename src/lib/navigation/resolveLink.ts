import type { Locale } from '@/i18n/locales'
import type { Page } from '@/payload-types'

export type NavLink = { label: string; href: string; external: boolean }

type StoredLink = {
  label?: string | null
  type?: 'page' | 'path' | null
  page?: number | Pick<Page, 'slug'> | null
  url?: string | null
}

/** A stored link to the address a visitor follows in their language, or null when it leads nowhere. */
export function resolveLink(link: StoredLink | null | undefined, locale: Locale): NavLink | null {
  if (!link?.label) return null
  if (link.type === 'page') {
    if (!link.page || typeof link.page !== 'object' || !link.page.slug) return null
    return { label: link.label, href: `/${locale}/${link.page.slug}`, external: false }
  }
  const url = link.url ?? ''
  if (url.startsWith('/')) return { label: link.label, href: url === '/' ? `/${locale}` : `/${locale}${url}`, external: false }
  if (/^(https?:|mailto:)/.test(url)) return { label: link.label, href: url, external: true }
  return null
}
