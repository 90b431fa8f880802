import Link from 'next/link'

import { type Locale, locales } from '@/i18n/locales'
import type { Strings } from '@/i18n/strings'
import type { NavLink } from '@/lib/navigation/resolveLink'
import { LanguageSwitcher } from './LanguageSwitcher.client'
import { NavList } from './NavList'

type Props = { locale: Locale; strings: Strings; links: NavLink[] }

export function SiteHeader({ locale, strings, links }: Props) {
  return (
    <header className="site-header">
      <div className="container site-header__top">
        <Link href={`/${locale}`} className="site-header__brand" prefetch={false}>
          <span className="site-header__logo" aria-hidden="true">
            GKEC
          </span>
          <span>
            <span className="site-header__name">{strings.site.name}</span>
            <span className="site-header__tagline">{strings.site.tagline}</span>
          </span>
        </Link>
        <LanguageSwitcher
          locale={locale}
          locales={locales}
          label={strings.a11y.languageSwitcher}
          currentLabel={strings.a11y.currentLanguage}
        />
      </div>
      {links.length > 0 && (
        <nav aria-label={strings.a11y.mainNavigation} className="site-nav">
          <div className="container">
            <NavList links={links} />
          </div>
        </nav>
      )}
    </header>
  )
}
