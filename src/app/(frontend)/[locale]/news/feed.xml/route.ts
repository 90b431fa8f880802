import { isLocale } from '@/i18n/locales'
import { cachedWhereServed } from '@/lib/cache/cachedWhereServed'
import { cacheTags } from '@/lib/cache/tags'
import { newsFeed } from '@/lib/news/feed'
import { getPayloadClient } from '@/lib/payload'

type Context = { params: Promise<{ locale: string }> }

/** GET /{locale}/news/feed.xml — the 50 latest published news items as Atom, cached until news changes. */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { locale } = await params
  if (!isLocale(locale)) {
    return new Response('Not found. The feed lives at /en/news/feed.xml', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  }
  const body = await cachedWhereServed(async () => newsFeed(await getPayloadClient(), locale), ['news-feed', locale], [cacheTags.news])
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
