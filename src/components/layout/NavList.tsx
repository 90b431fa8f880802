import type { NavLink } from '@/lib/navigation/resolveLink'
import { NavLinkItem } from './NavLinkItem'

export function NavList({ links, className }: { links: NavLink[]; className?: string }) {
  return (
    <ul className={className}>
      {links.map((link) => (
        <li key={link.href}>
          <NavLinkItem link={link} />
        </li>
      ))}
    </ul>
  )
}
