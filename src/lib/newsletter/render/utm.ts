import { siteUrl } from '@/lib/seo/siteUrl'

export type Utm = { source: string; medium: string; campaign: string }

/**
 * An address as an e-mail needs it: a path on this site becomes absolute; links to this site carry
 * the issue's UTM parameters (set ones are kept); other sites' links are left as they are.
 */
export function emailHref(href: string, utm: Utm): string {
  const origin = siteUrl()
  const absolute = href.startsWith('/') && !href.startsWith('//') ? `${origin}${href}` : href
  let url: URL
  try {
    url = new URL(absolute)
  } catch {
    return absolute
  }
  if (url.origin !== new URL(origin).origin) return absolute
  for (const [name, value] of [['utm_source', utm.source], ['utm_medium', utm.medium], ['utm_campaign', utm.campaign]] as const) {
    if (value && !url.searchParams.has(name)) url.searchParams.set(name, value)
  }
  return url.toString()
}

/** An uploaded file's address as an absolute URL (mail programs resolve nothing relative). */
export function absoluteAsset(url: string | null | undefined): string | null {
  if (!url) return null
  return url.startsWith('/') ? `${siteUrl()}${url}` : url
}
