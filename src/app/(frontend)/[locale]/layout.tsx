import '../globals.css'

import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'

import { SiteFooter } from '@/components/layout/SiteFooter'
import { SiteHeader } from '@/components/layout/SiteHeader'
import { SkipLink } from '@/components/layout/SkipLink'
import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { getNavigation } from '@/lib/navigation/getNavigation'
import { siteUrl } from '@/lib/seo/siteUrl'

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

// Pages are rendered on their first request, then served from the cache until content changes
// (revalidated by tag); the build itself needs no database.
export function generateStaticParams(): Array<{ locale: string }> {
  return []
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0b3d2e' }

/**
 * An address whose first segment is not one of our languages (`/xx`) still gets the portal around
 * the page-not-found notice that its page shows: calling notFound() here, in a root layout, would
 * leave Next.js nothing of ours to render it in (a bare page without a language).
 */
async function layoutLocale(params: Props['params']): Promise<Locale> {
  const { locale } = await params
  return isLocale(locale) ? locale : defaultLocale
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await layoutLocale(params)
  const strings = getStrings(locale)
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: strings.site.name, template: `%s — ${strings.site.shortName}` },
    description: strings.site.description,
    openGraph: { siteName: strings.site.name, locale, type: 'website' },
  }
}

export default async function LocaleLayout({ children, params }: Props) {
  const locale = await layoutLocale(params)
  const strings = getStrings(locale)
  const navigation = await getNavigation(locale)
  return (
    <html lang={locale}>
      <body>
        <SkipLink label={strings.a11y.skipToContent} />
        <SiteHeader locale={locale} strings={strings} links={navigation.header} />
        <main id="main-content" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter strings={strings} links={navigation.footer} legalNotice={navigation.legalNotice} />
      </body>
    </html>
  )
}
