import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { isLocale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { localeAlternates } from '@/lib/seo/alternates'

type Props = { params: Promise<{ locale: string }> }

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
  const { home } = getStrings(locale)
  const pillars = Object.entries(home.pillars)
  return (
    <>
      <section className="hero">
        <div className="container">
          <h1>{home.heroTitle}</h1>
          <p className="hero__lead">{home.heroLead}</p>
        </div>
      </section>
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
