import type { Strings } from '@/i18n/strings'
import type { NavLink } from '@/lib/navigation/resolveLink'
import { NavList } from './NavList'

type Props = { strings: Strings; links: NavLink[]; legalNotice: string | null }

export function SiteFooter({ strings, links, legalNotice }: Props) {
  return (
    <footer className="site-footer">
      <div className="container">
        {links.length > 0 && (
          <nav aria-label={strings.a11y.footerNavigation}>
            <NavList links={links} className="site-footer__links" />
          </nav>
        )}
        <p className="site-footer__mission">{strings.footer.mission}</p>
        {legalNotice && <p className="site-footer__legal">{legalNotice}</p>}
      </div>
    </footer>
  )
}
