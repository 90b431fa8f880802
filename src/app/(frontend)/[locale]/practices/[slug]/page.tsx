import type { Metadata } from 'next'
import { draftMode } from 'next/headers'
import { notFound } from 'next/navigation'

import { AskFirstMovers } from '@/components/community/AskFirstMovers'
import { Scorecard, SCORECARD_SECTION_ID } from '@/components/evaluation/Scorecard'
import { PracticeFunding } from '@/components/funding/PracticeFunding'
import { LivePreviewListener } from '@/components/LivePreviewListener.client'
import { JsonLd } from '@/components/practice/JsonLd'
import { PracticeArticle } from '@/components/practice/PracticeArticle'
import { isLocale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { getPracticeScorecard } from '@/lib/evaluation/scorecard'
import { getPracticeFunding } from '@/lib/funding/view/practiceFunding'
import { getPracticeNeighbours, getPublicPractice } from '@/lib/practices/getPractice'
import { practiceJsonLd } from '@/lib/practices/practiceJsonLd'
import { practiceMetadata } from '@/lib/practices/practiceMetadata'
import { siteUrl } from '@/lib/seo/siteUrl'

type Props = { params: Promise<{ locale: string; slug: string }> }

export const revalidate = 3600

// Rendered on first request, then cached until the practice (or any practice) changes.
export function generateStaticParams(): Array<{ slug: string }> {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  const { isEnabled: draft } = await draftMode()
  const practice = await getPublicPractice(slug, locale, { draft })
  return practice ? practiceMetadata(practice, locale) : {}
}

export default async function PracticePage({ params }: Props) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const { isEnabled: draft } = await draftMode()
  const practice = await getPublicPractice(slug, locale, { draft })
  if (!practice) notFound()
  const neighbours = await getPracticeNeighbours(practice)
  const scorecard = await getPracticeScorecard(practice.id, locale)
  const evaluation = scorecard
    ? { id: SCORECARD_SECTION_ID, title: getStrings(locale).evaluation.scorecard.heading, content: <Scorecard scorecard={scorecard} locale={locale} /> }
    : undefined
  return (
    <>
      <JsonLd data={practiceJsonLd(practice, { origin: siteUrl(), siteName: getStrings(locale).site.name })} />
      {practice.draft && <LivePreviewListener />}
      <PracticeArticle practice={practice} neighbours={neighbours} locale={locale} evaluation={evaluation} />
      <PracticeFunding funding={await getPracticeFunding(practice, locale)} locale={locale} />
      {practice.draft ? null : <AskFirstMovers locale={locale} slug={practice.slug} />}
    </>
  )
}
