import type { Access } from 'payload'

import { isStaffUser, userHasRole } from './roles'

/** Admins reach every account; anyone else only their own. */
export const adminOrSelf: Access = ({ req }) => {
  if (!isStaffUser(req.user)) return false
  if (userHasRole(req.user, 'admin')) return true
  return { id: { equals: req.user.id } }
}
