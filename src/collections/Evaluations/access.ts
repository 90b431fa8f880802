import type { Access, FieldAccess, Where } from 'payload'

import { isStaffUser, userHasRole } from '@/access/roles'
import { relationId } from '@/lib/evaluation/relationId'


/**
 * Editors and admins read every evaluation. An evaluator reads her own, and the others of a practice
 * only once she has submitted her own evaluation of it (blind until then); a reopened evaluation
 * hides the others again. Nobody else, and never the public. As a query filter, so the admin, REST,
 * GraphQL, counts and relationships all apply the same rule.
 */
export const evaluationReadAccess: Access = async ({ req }) => {
  const user = req.user
  if (!user || user.collection !== 'users') return false
  if (userHasRole(user, 'admin', 'editor')) return true
  if (!userHasRole(user, 'evaluator')) return false
  const submitted = await req.payload.find({
    collection: 'evaluations',
    where: { and: [{ evaluator: { equals: user.id } }, { status: { equals: 'submitted' } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { practice: true },
    req,
  })
  const practices = [...new Set(submitted.docs.map((evaluation) => relationId(evaluation.practice)))]
  const own: Where = { evaluator: { equals: user.id } }
  return practices.length ? { or: [own, { practice: { in: practices } }] } : own
}

/** Editors change assignments (not scores); an evaluator changes her own evaluation while it is open. */
export const evaluationUpdateAccess: Access = ({ req }) => {
  const user = req.user
  if (!user || user.collection !== 'users') return false
  if (userHasRole(user, 'admin', 'editor')) return true
  if (!userHasRole(user, 'evaluator')) return false
  const ownOpen: Where = { and: [{ evaluator: { equals: user.id } }, { status: { in: ['assigned', 'in_progress'] } }] }
  return ownOpen
}

/** The evaluator's own answers: only she writes them (editors cannot score in her place). */
export const evaluatorOnly: FieldAccess = ({ req, doc }) => Boolean(isStaffUser(req.user) && doc && relationId(doc.evaluator) === req.user.id)

/** Fields of the assignment that editors may change later (the due date). */
export const editorsOnly: FieldAccess = ({ req }) => userHasRole(req.user, 'admin', 'editor')
