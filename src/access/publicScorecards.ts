import type { Access, Where } from 'payload'

import { userHasRole } from './roles'

/**
 * Editors and admins read every evaluation result. Everyone else (evaluators too: a result in
 * progress would tell one evaluator what the others scored) reads final results of public practices.
 */
export const scorecardReadAccess: Access = ({ req }) => {
  if (userHasRole(req.user, 'admin', 'editor')) return true
  const publicResults: Where = {
    and: [
      { status: { in: ['labelled', 'not_labelled'] } },
      { 'practice._status': { equals: 'published' } },
      { 'practice.workflowStatus': { equals: 'published' } },
    ],
  }
  return publicResults
}
