import { unstable_cache } from 'next/cache'

import { isLocale, type Locale } from '@/i18n/locales'
import { cacheTags } from '@/lib/cache/tags'
import { communityFeed } from '@/lib/community/notifications/feed'
import { getPayloadClient } from '@/lib/payload'

type Context = { params: Promise<{ locale: string }> }

/**
 * Cached until a post or space changes (tag `community`). `unstable_cache` needs a running Next.js
 * server; outside one (tests, scripts) the feed is simply built again.
 */
async function cachedFeed(locale: Locale, space: string | null): Promise<string | null> {
  const load = async () => communityFeed(await getPayloadClient(), locale, space)
  try {
    return await unstable_cache(load, ['community-feed', locale, space ?? ''], { tags: [cacheTags.community] })()
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('Invariant: incrementalCache missing')) return load()
    throw error
  }
}

const notFound = (text: string) => new Response(text, { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })

/** GET /{locale}/community/feed.xml[?space=<slug>] — the 50 latest listed threads as Atom. */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { locale } = await params
  if (!isLocale(locale)) return notFound('Not found. The feed lives at /en/community/feed.xml')
  const requested = new URL(request.url).searchParams.get('space')
  const space = requested && /^[a-z0-9-]{1,80}$/.test(requested) ? requested : null
  if (requested && !space) return notFound('No such space.')
  const body = await cachedFeed(locale, space)
  if (body === null) return notFound('No such space.')
  return new Response(body, {
    status: 200,
    headers: {
      'Content-Type': 'application/atom+xml; charset=utf-8',
      'Cache-Control': 'public, max-age=300, stale-while-revalidate=3600',
      'Access-Control-Allow-Origin': '*',
      'X-Robots-Tag': 'noindex',
    },
  })
}
