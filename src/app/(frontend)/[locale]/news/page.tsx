import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'

import { Breadcrumbs } from '@/components/geography/Breadcrumbs'
import { NewsCard } from '@/components/news/NewsCard'
import { NewsCategoryFilter } from '@/components/news/NewsCategoryFilter'
import { NewsPagination } from '@/components/news/NewsPagination'
import { interpolate, plural } from '@/i18n/interpolate'
import { isLocale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { getNewsList } from '@/lib/news/getNews'
import { newsFeedPath, newsListPath } from '@/lib/news/links'
import { parseNewsQuery } from '@/lib/news/params'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

// The category and page come from the query string; the data itself is cached (tag `news`).
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const text = getStrings(locale).news
  const query = parseNewsQuery(await searchParams)
  return {
    title: text.list.title,
    description: text.list.lead,
    alternates: {
      canonical: newsListPath(locale, query),
      types: { 'application/atom+xml': [{ url: newsFeedPath(locale), title: text.feed.link }] },
    },
    // Filtered and later pages are for people; the list itself is what search engines index.
    robots: query.category || query.page > 1 ? { index: false, follow: true } : undefined,
  }
}

/** /{locale}/news — published news, newest first, by category (?category=) and page (?page=). */
export default async function NewsListPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const query = parseNewsQuery(await searchParams)
  const list = await getNewsList(locale, query)
  // An unknown category or a page past the end: the list's own address.
  if ((query.category && !list.category) || (query.page > 1 && query.page > list.totalPages)) {
    redirect(newsListPath(locale, { category: list.category?.slug }))
  }
  const strings = getStrings(locale)
  const text = strings.news.list
  const title = list.category ? interpolate(text.titleInCategory, { category: list.category.title }) : text.title
  return (
    <div className="container news-page">
      <Breadcrumbs label={strings.news.breadcrumb.label} crumbs={[{ label: strings.news.breadcrumb.home, href: `/${locale}` }, { label: strings.news.item.breadcrumb }]} />
      <h1>{title}</h1>
      <p className="page__summary">{text.lead}</p>
      <NewsCategoryFilter locale={locale} categories={list.categories} current={list.category} />
      <p className="news-count" role="status">
        {list.totalItems === 0 ? (list.category ? text.emptyCategory : text.empty) : plural(text.count, list.totalItems, locale)}
      </p>
      {list.items.length > 0 && (
        <ul className="card-grid news-list">
          {list.items.map((item) => (
            <li key={item.id}>
              <NewsCard item={item} locale={locale} />
            </li>
          ))}
        </ul>
      )}
      <NewsPagination locale={locale} page={list.page} totalPages={list.totalPages} category={list.category?.slug ?? null} />
      <p className="news-feed-link">
        <a href={newsFeedPath(locale)} type="application/atom+xml">
          {text.feed}
        </a>
      </p>
    </div>
  )
}
