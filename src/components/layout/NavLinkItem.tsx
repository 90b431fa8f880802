import Link from 'next/link'

import type { NavLink } from '@/lib/navigation/resolveLink'

export function NavLinkItem({ link }: { link: NavLink }) {
  if (link.external) {
    return (
      <a href={link.href} rel="noopener">
        {link.label}
      </a>
    )
  }
  return (
    <Link href={link.href} prefetch={false}>
      {link.label}
    </Link>
  )
}
