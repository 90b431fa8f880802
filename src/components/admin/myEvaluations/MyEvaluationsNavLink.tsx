import Link from 'next/link'
import type { ServerProps } from 'payload'

import { userHasRole } from '@/access/roles'
import { adminLanguage } from '../language'
import { queueTexts } from './texts'

/** In the admin's navigation, for evaluators: a link to their queue. */
export function MyEvaluationsNavLink({ user, i18n, payload }: ServerProps) {
  if (!user || !userHasRole(user, 'evaluator')) return null
  const t = queueTexts[adminLanguage(i18n?.language)]
  return (
    <Link href={`${payload.config.routes.admin}/my-evaluations`} className="nav__link" data-testid="nav-my-evaluations">
      <span className="nav__link-label">{t.nav}</span>
    </Link>
  )
}
