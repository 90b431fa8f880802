import { unstable_cache } from 'next/cache'

import type { Locale } from '@/i18n/locales'
import { cacheTags } from '@/lib/cache/tags'
import { getPayloadClient } from '@/lib/payload'
import { type NavLink, resolveLink } from './resolveLink'

export type SiteNavigation = { header: NavLink[]; footer: NavLink[]; legalNotice: string | null }

async function loadNavigation(locale: Locale): Promise<SiteNavigation> {
  const payload = await getPayloadClient()
  const [header, footer] = await Promise.all([
    payload.findGlobal({ slug: 'header', locale, depth: 1, overrideAccess: false }),
    payload.findGlobal({ slug: 'footer', locale, depth: 1, overrideAccess: false }),
  ])
  const links = (items: typeof header.navigation) =>
    (items ?? []).map((item) => resolveLink(item.link, locale)).filter((link): link is NavLink => link !== null)
  return { header: links(header.navigation), footer: links(footer.navigation), legalNotice: footer.legalNotice ?? null }
}

/** Header and footer navigation of one language, cached until an editor changes either global. */
export const getNavigation = (locale: Locale): Promise<SiteNavigation> =>
  unstable_cache(() => loadNavigation(locale), ['navigation', locale], {
    tags: [cacheTags.globals('header'), cacheTags.globals('footer')],
  })()
