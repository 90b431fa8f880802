import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { isLocale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { describeFundingSearch } from '@/lib/funding/alerts/describeSearch'
import { FUNDING_FEED_FILES, feedQuery, fundingFeedLinks, fundingPath } from '@/lib/funding/feeds/links'
import { parseFundingSearchParams } from '@/lib/funding/params'
import { getPayloadClient } from '@/lib/payload'
import { subscribeAlertAction } from './actions'
import { AlertForm } from './AlertForm.client'

// The form depends on the query string (see the practices page for why this must be said).
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const { subscribe } = getStrings(locale).fundingAlerts
  // The form renders the <title> itself: after a post with errors it starts with "Error:".
  return { title: null, description: subscribe.lead, openGraph: { title: subscribe.title }, robots: { index: false, follow: true } }
}

/** /{locale}/funding/alerts?… — e-mail alerts for the search in the address (the search page links here). */
export default async function FundingAlertPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const strings = getStrings(locale)
  const { subscribe, errors } = strings.fundingAlerts
  const search = parseFundingSearchParams(await searchParams)
  const query = feedQuery(search)
  const lines = await describeFundingSearch(await getPayloadClient(), search, locale)
  const file = (name: string) => `${fundingPath(locale, name)}${query}`
  return (
    <div className="container submission">
      <h1>{subscribe.title}</h1>
      <p className="submission__lead">{subscribe.lead}</p>
      <h2>{subscribe.yourSearch}</h2>
      <ul>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p>
        <a href={`${fundingPath(locale)}${query}`}>{subscribe.changeSearch}</a>
      </p>
      <AlertForm
        action={subscribeAlertAction}
        locale={locale}
        query={query}
        pageTitle={`${subscribe.title} — ${strings.site.shortName}`}
        strings={{ subscribe, errors }}
      />
      <h2>{subscribe.otherFormats}</h2>
      <ul>
        <li>
          <a href={fundingFeedLinks(locale, search).webcal}>{subscribe.calendar}</a> (<a href={file(FUNDING_FEED_FILES.calendar)}>.ics</a>)
        </li>
        <li>
          <a href={file(FUNDING_FEED_FILES.atom)} type="application/atom+xml">
            {subscribe.atom}
          </a>
        </li>
        <li>
          <a href={file(FUNDING_FEED_FILES.csv)} type="text/csv">
            {subscribe.csv}
          </a>
        </li>
        <li>
          <a href={file(FUNDING_FEED_FILES.json)} type="application/json">
            {subscribe.json}
          </a>
        </li>
      </ul>
    </div>
  )
}
