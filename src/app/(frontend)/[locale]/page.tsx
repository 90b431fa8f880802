import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { FeaturedPractices } from '@/components/practices/FeaturedPractices'
import { HomeFigures } from '@/components/practices/HomeFigures'
import { PracticeMap } from '@/components/practices/PracticeMap'
import { isLocale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { getFeaturedPractices } from '@/lib/practices/featured'
import { getRepositoryFigures } from '@/lib/practices/figures'
import { getPracticeSearch } from '@/lib/practices/practiceSearch'
import { EMPTY_SEARCH } from '@/lib/practices/searchUrl'
import { localeAlternates } from '@/lib/seo/alternates'

type Props = { params: Promise<{ locale: string }> }

// Cached and served as a static page; the data it shows is tagged `practices`, so publishing,
// changing or unpublishing a practice renders it again on the next visit.
export const revalidate = 3600

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const strings = getStrings(locale)
  return { title: { absolute: strings.site.name }, alternates: localeAlternates(locale, '') }
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const strings = getStrings(locale)
  const { home, repository } = strings
  const [figures, featured, practices] = await Promise.all([
    getRepositoryFigures(),
    getFeaturedPractices(locale),
    getPracticeSearch('', locale),
  ])
  const pillars = Object.entries(home.pillars)
  return (
    <>
      <section className="hero">
        <div className="container">
          <h1>{home.heroTitle}</h1>
          <p className="hero__lead">{home.heroLead}</p>
        </div>
      </section>
      {figures.practices > 0 && <HomeFigures figures={figures} locale={locale} strings={repository.home} />}
      <FeaturedPractices practices={featured} locale={locale} strings={repository} />
      {practices.total > 0 && (
        <div className="container">
          <PracticeMap
            map={practices.map}
            params={EMPTY_SEARCH}
            locale={locale}
            strings={repository}
            heading={repository.map.homeHeading}
            id="home-map"
          />
        </div>
      )}
      <section className="container" aria-labelledby="explore-heading">
        <h2 id="explore-heading">{home.explore}</h2>
        <ul className="card-grid">
          {pillars.map(([key, pillar]) => (
            <li key={key} className="card">
              <h3>
                <Link href={`/${locale}${pillar.href}`} prefetch={false}>
                  {pillar.title}
                </Link>
              </h3>
              <p>{pillar.text}</p>
            </li>
          ))}
        </ul>
      </section>
    </>
  )
}
