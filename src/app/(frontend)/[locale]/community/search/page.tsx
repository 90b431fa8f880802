import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { Pagination } from '@/components/community/Pagination'
import { SearchForm } from '@/components/community/SearchForm'
import { ThreadList } from '@/components/community/ThreadList'
import { isLocale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { getPayloadClient } from '@/lib/payload'
import { communityHref, fill, parsePage, searchThreads } from '@/lib/community/view'
import { cachedSpaces } from '@/lib/community/view/cached'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return { title: getStrings(locale).community.search.title, robots: { index: false, follow: true } }
}

const single = (value: string | string[] | undefined): string => (typeof value === 'string' ? value : '')

/** /{locale}/community/search?q=&space=&page= — full text over listed posts only, whoever searches. */
export default async function CommunitySearchPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const query = await searchParams
  const spaces = await cachedSpaces(locale)
  const space = spaces.find((candidate) => String(candidate.id) === single(query.space))
  const page = parsePage(query.page) ?? 1
  const result = await searchThreads(await getPayloadClient(), { q: single(query.q), space: space?.id, page, locale })
  const text = getStrings(locale).community
  const href = (value: number) => `${communityHref(locale, 'search')}?${new URLSearchParams({ q: result.query, ...(space ? { space: String(space.id) } : {}), ...(value > 1 ? { page: String(value) } : {}) })}`
  return (
    <div className="container community">
      <h1>{text.search.title}</h1>
      <SearchForm locale={locale} q={result.query} space={space?.id} spaces={spaces} />
      {result.query ? (
        <section aria-labelledby="results" className="community-section">
          <h2 id="results" aria-live="polite">
            {result.totalThreads === 0
              ? fill(text.search.none, { q: result.query })
              : fill(result.totalThreads === 1 ? text.search.oneResult : text.search.results, { count: result.totalThreads, q: result.query })}
          </h2>
          <ThreadList threads={result.threads} locale={locale} empty="" />
          <Pagination page={result.page} totalPages={result.totalPages} href={href} locale={locale} />
        </section>
      ) : null}
    </div>
  )
}
