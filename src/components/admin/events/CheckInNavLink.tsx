import Link from 'next/link'
import type { ServerProps } from 'payload'

import { isEventTeam } from '@/lib/events/team/access'
import { adminLanguage } from '../language'
import { CHECK_IN_PATH } from './paths'
import { eventTeamTexts } from './texts'

/** In the admin's navigation, for the event team: the check-in desk. */
export function CheckInNavLink({ user, i18n, payload }: ServerProps) {
  if (!isEventTeam(user)) return null
  const t = eventTeamTexts[adminLanguage(i18n?.language)]
  return (
    <Link href={`${payload.config.routes.admin}${CHECK_IN_PATH}`} className="nav__link" data-testid="nav-event-check-in">
      <span className="nav__link-label">{t.checkInNav}</span>
    </Link>
  )
}
