import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'

import { FollowForm } from '@/components/community/FollowForm'
import { Pagination } from '@/components/community/Pagination'
import { SortTabs } from '@/components/community/SortTabs'
import { ThreadList } from '@/components/community/ThreadList'
import { isLocale, type Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { communityHref, parsePage, parseSort, spaceHref, type SpaceView } from '@/lib/community/view'
import { cachedSpaces, cachedThreads } from '@/lib/community/view/cached'

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export const dynamic = 'force-dynamic'

async function spaceOf(locale: Locale, slug: string): Promise<SpaceView | null> {
  return (await cachedSpaces(locale)).find((space) => space.slug === slug) ?? null
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  const space = await spaceOf(locale, slug)
  if (!space) return {}
  const { sort, page } = await searchParams
  return {
    title: space.title,
    description: space.description ?? undefined,
    alternates: { canonical: spaceHref(locale, space.slug, { sort: parseSort(sort) ?? 'latest', page: parsePage(page) ?? 1 }) },
  }
}

/** /{locale}/community/spaces/{slug}?sort=latest|unanswered|solved&page= — a space's listed threads. */
export default async function SpacePage({ params, searchParams }: Props) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const space = await spaceOf(locale, slug)
  if (!space) notFound()
  const query = await searchParams
  const sort = parseSort(query.sort)
  const page = parsePage(query.page)
  if (sort === null || page === null) redirect(spaceHref(locale, space.slug, { sort: sort ?? 'latest' }))
  const listing = await cachedThreads({ space: space.id, sort, page, locale })
  if (page > listing.totalPages) redirect(spaceHref(locale, space.slug, { sort, page: listing.totalPages }))
  const text = getStrings(locale).community
  return (
    <div className="container community">
      <p className="community-breadcrumb">
        <a href={communityHref(locale)}>{text.nav.home}</a>
      </p>
      <h1>{space.title}</h1>
      {space.description ? <p className="page__summary">{space.description}</p> : null}
      <FollowForm locale={locale} target={{ space: space.id }} />
      <p>
        <a className="button" href={`${communityHref(locale, 'new')}?space=${space.id}`}>
          {text.nav.newThread}
        </a>
      </p>
      <h2>{text.home.allThreads}</h2>
      <SortTabs current={sort} href={(value) => spaceHref(locale, space.slug, { sort: value })} locale={locale} />
      <ThreadList threads={listing.threads} locale={locale} showSpace={false} empty={text.listing.empty} />
      <Pagination page={page} totalPages={listing.totalPages} href={(value) => spaceHref(locale, space.slug, { sort, page: value })} locale={locale} />
    </div>
  )
}
