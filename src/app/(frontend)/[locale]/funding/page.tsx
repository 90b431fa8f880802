import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'

import { FundingSearch } from '@/components/funding/FundingSearch'
import { isLocale, type Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { fundingFeedLinks } from '@/lib/funding/feeds/links'
import { fundingQueryString, parseFundingSearchParams } from '@/lib/funding/params'
import { normalizeFundingAddress, receivedQuery } from '@/lib/funding/view/address'
import { getFundingSearch } from '@/lib/funding/view/getFundingSearch'
import { getFundingPlaces } from '@/lib/funding/view/places'
import { fundingSearchTitle } from '@/lib/funding/view/searchTitle'
import { fundingHref, fundingPath, isRefinedFunding, withFundingPage } from '@/lib/funding/view/searchUrl'
import { localeAlternates } from '@/lib/seo/alternates'

// Every answer depends on the query string (see the practices page for why this must be said).
export const dynamic = 'force-dynamic'

type RawParams = Record<string, string | string[] | undefined>
type Props = { params: Promise<{ locale: string }>; searchParams: Promise<RawParams> }

async function readSearch({ params, searchParams }: Props): Promise<{ locale: Locale; raw: RawParams; query: string }> {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const raw = await searchParams
  const places = await getFundingPlaces(locale)
  return { locale, raw, query: fundingQueryString(parseFundingSearchParams(normalizeFundingAddress(raw, places))) }
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, raw, query } = await readSearch(props)
  // A non-canonical address is answered with a redirect: no need to search for its title.
  if (receivedQuery(raw) !== query) return {}
  const view = await getFundingSearch(query, locale)
  return {
    title: fundingSearchTitle(view, locale),
    description: getStrings(locale).funding.meta.description,
    // The same search as an Atom feed of new actions, for feed readers to discover.
    alternates: { ...localeAlternates(locale, `/funding${query}`), types: { 'application/atom+xml': fundingFeedLinks(locale, view.params).atom } },
    robots: isRefinedFunding(view.params) ? { index: false, follow: true } : undefined,
  }
}

export default async function FundingPage(props: Props) {
  const { locale, raw, query } = await readSearch(props)
  // A search sent by a form carries empty fields and values in any order: answer with its one address.
  if (receivedQuery(raw) !== query) redirect(`${fundingPath(locale)}${query}`)
  const view = await getFundingSearch(query, locale)
  if (view.total > 0 && view.params.page > view.pageCount) redirect(fundingHref(locale, withFundingPage(view.params, view.pageCount)))
  return <FundingSearch view={view} places={await getFundingPlaces(locale)} locale={locale} strings={getStrings(locale).funding} />
}
