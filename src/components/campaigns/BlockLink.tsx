import type { ReactNode } from 'react'

import { isExternal } from '@/lib/campaigns/media'

type Props = { href: string; className?: string; external?: string; children: ReactNode }

/**
 * A block's link: a path on this site, or an https address (rel="noopener", and a hidden note that
 * it leaves GKEC). `href` may be our counting redirect while `external` tells where it finally goes.
 */
export function BlockLink({ href, className, external, children }: Props) {
  return (
    <a href={href} className={className} rel={isExternal(href) ? 'noopener' : undefined}>
      {children}
      {external && <span className="visually-hidden"> {external}</span>}
    </a>
  )
}
