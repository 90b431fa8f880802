import type { Access, Where } from 'payload'

import { userHasRole } from './roles'

/** The public sees a practice only when it is both published and through the editorial workflow. */
export const publicPracticeWhere: Where = {
  and: [{ _status: { equals: 'published' } }, { workflowStatus: { equals: 'published' } }],
}

/**
 * Staff see every practice except public submissions whose email is not confirmed yet (those are
 * spam until proven otherwise); admins see those too, to clean up. Everyone else: published only.
 */
export const practiceReadAccess: Access = ({ req }) => {
  const user = req.user
  if (!user || user.collection !== 'users') return publicPracticeWhere
  if (userHasRole(user, 'admin')) return true
  return {
    or: [
      { 'submission.origin': { not_equals: 'public' } },
      { 'submission.emailConfirmedAt': { exists: true } },
    ],
  }
}
