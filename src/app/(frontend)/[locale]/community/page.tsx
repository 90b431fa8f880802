import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'

import { SearchForm } from '@/components/community/SearchForm'
import { SortTabs } from '@/components/community/SortTabs'
import { SpaceList } from '@/components/community/SpaceList'
import { ThreadList } from '@/components/community/ThreadList'
import { FlagNotice } from '@/components/community/FlagForm'
import { isLocale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { cachedSpaces, cachedThreads } from '@/lib/community/view/cached'
import { communityHref, parseSort, type ThreadSort } from '@/lib/community/view'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

// The tabs (?sort=) are read from the query string; the data itself is cached.
export const dynamic = 'force-dynamic'

const homeHref = (locale: string, sort: ThreadSort) => `/${locale}/community${sort === 'latest' ? '' : `?sort=${sort}`}#latest`

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const text = getStrings(locale).community.home
  return {
    title: text.title,
    description: text.lead,
    alternates: {
      canonical: communityHref(locale),
      types: { 'application/atom+xml': [{ url: communityHref(locale, 'feed.xml'), title: getStrings(locale).communityNotifications.feed.link }] },
    },
  }
}

/** /{locale}/community — spaces by kind, the latest listed threads and the search box. */
export default async function CommunityHomePage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const { sort: requested, flag } = await searchParams
  const sort = parseSort(requested)
  if (requested !== undefined && (sort === null || sort === 'latest')) redirect(homeHref(locale, 'latest'))
  const text = getStrings(locale).community
  const [spaces, latest] = [await cachedSpaces(locale), await cachedThreads({ sort: sort ?? 'latest', page: 1, locale, limit: 10 })]
  const sortHref = (value: ThreadSort) => homeHref(locale, value)
  return (
    <div className="container community">
      <h1>{text.home.title}</h1>
      <p className="page__summary">{text.home.lead}</p>
      {/* A flag that hid a thread sends the flagger here, the thread being out of view. */}
      <FlagNotice locale={locale} flag={flag} />
      <SearchForm locale={locale} />
      <section aria-labelledby="spaces" className="community-section">
        <h2 id="spaces">{text.nav.spaces}</h2>
        {spaces.length === 0 ? <p>{text.home.noSpaces}</p> : null}
        <SpaceList locale={locale} title={text.home.themes} spaces={spaces.filter((space) => space.kind === 'theme')} />
        <SpaceList locale={locale} title={text.home.regions} spaces={spaces.filter((space) => space.kind === 'region')} />
      </section>
      <section aria-labelledby="latest" className="community-section">
        <h2 id="latest">{text.home.latest}</h2>
        <SortTabs current={sort ?? 'latest'} href={sortHref} locale={locale} />
        <p className="community-help">{text.home.unansweredHelp}</p>
        <ThreadList threads={latest.threads} locale={locale} empty={text.home.noThreads} />
        <p>
          <a className="button" href={communityHref(locale, 'new')}>
            {text.nav.newThread}
          </a>
        </p>
      </section>
    </div>
  )
}
