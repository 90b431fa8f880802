import type { ReactNode } from 'react'

import { CommunityNav } from '@/components/community/CommunityNav'
import { defaultLocale, isLocale } from '@/i18n/locales'

// The community's navigation shows who is signed in: every page below is rendered per request (a page
// prerendered at build would fail the moment it read the session).
export const dynamic = 'force-dynamic'

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

/** Every community page: the community's own navigation above the page. */
export default async function CommunityLayout({ children, params }: Props) {
  const { locale: requested } = await params
  const locale = isLocale(requested) ? requested : defaultLocale
  return (
    <>
      <CommunityNav locale={locale} />
      {children}
    </>
  )
}
