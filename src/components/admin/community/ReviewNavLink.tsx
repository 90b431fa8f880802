import Link from 'next/link'
import type { ServerProps } from 'payload'

import { isModerator } from '@/access/moderators'
import { REVIEW_PATH } from '@/lib/community/moderation/links'
import { adminLanguage } from '../language'
import { reviewTexts } from './texts'

/** In the admin's navigation, for community moderators: the review queue. */
export function ReviewNavLink({ user, i18n, payload }: ServerProps) {
  if (!isModerator(user)) return null
  return (
    <Link href={`${payload.config.routes.admin}${REVIEW_PATH}`} className="nav__link" data-testid="nav-community-review">
      <span className="nav__link-label">{reviewTexts[adminLanguage(i18n?.language)].nav}</span>
    </Link>
  )
}
