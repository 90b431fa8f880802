import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'

import { RepositorySearch } from '@/components/practices/RepositorySearch'
import { isLocale, type Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { getPracticeSearch } from '@/lib/practices/practiceSearch'
import { parsePracticeSearchParams } from '@/lib/practices/search'
import { isRefined, practicesHref, practicesPath, searchQueryString, withPage } from '@/lib/practices/searchUrl'
import { practiceSearchTitle } from '@/lib/practices/searchTitle'
import { localeAlternates } from '@/lib/seo/alternates'

// Every answer depends on the query string; without this the [locale] layout's static params make
// Next.js try to prerender it and fail at run time (DYNAMIC_SERVER_USAGE).
export const dynamic = 'force-dynamic'

type RawParams = Record<string, string | string[] | undefined>
type Props = { params: Promise<{ locale: string }>; searchParams: Promise<RawParams> }

/** The address as it came, through the same encoder as the canonical one, to compare the two. */
function receivedQuery(raw: RawParams): string {
  const query = new URLSearchParams()
  for (const [name, value] of Object.entries(raw)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) query.append(name, item)
  }
  const text = query.toString()
  return text ? `?${text}` : ''
}

async function readSearch({ params, searchParams }: Props): Promise<{ locale: Locale; raw: RawParams; query: string }> {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const raw = await searchParams
  return { locale, raw, query: searchQueryString(parsePracticeSearchParams(raw)) }
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, raw, query } = await readSearch(props)
  // The page answers a non-canonical address with a redirect: no need to search for its title.
  if (receivedQuery(raw) !== query) return {}
  const strings = getStrings(locale).repository
  const result = await getPracticeSearch(query, locale)
  return {
    title: practiceSearchTitle(result, strings, locale),
    description: strings.meta.description,
    // The same search in every language; `query` is the canonical form of this one.
    alternates: localeAlternates(locale, `/practices${query}`),
    // Searches and later pages are for visitors, not for search engines' indexes; their links are.
    robots: isRefined(result.params) ? { index: false, follow: true } : undefined,
  }
}

export default async function PracticesPage(props: Props) {
  const { locale, raw, query } = await readSearch(props)
  // A search sent by the form carries empty fields and values in any order: answer with its one address.
  if (receivedQuery(raw) !== query) redirect(`${practicesPath(locale)}${query}`)
  const result = await getPracticeSearch(query, locale)
  if (result.total > 0 && result.params.page > result.pageCount) {
    redirect(practicesHref(locale, withPage(result.params, result.pageCount)))
  }
  return <RepositorySearch result={result} locale={locale} strings={getStrings(locale).repository} />
}
