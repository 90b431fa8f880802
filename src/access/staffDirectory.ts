import type { Access, Where } from 'payload'

import { isStaffUser, userHasRole } from './roles'

/**
 * Admins read every account. Editors also read the evaluators' accounts, to assign them to
 * practices (and see their organisation and city, which decide conflicts of interest). Anyone else
 * reads only their own.
 */
export const staffDirectory: Access = ({ req }) => {
  if (!isStaffUser(req.user)) return false
  if (userHasRole(req.user, 'admin')) return true
  const selfOrEvaluators: Where = { or: [{ id: { equals: req.user.id } }, { roles: { contains: 'evaluator' } }] }
  if (userHasRole(req.user, 'editor')) return selfOrEvaluators
  return { id: { equals: req.user.id } }
}
