import type { Access, FieldAccess } from 'payload'

import { isModerator } from './moderators'

type MaybeUser = { collection?: string; id?: number | string } | null | undefined

/** A signed-in community member (the `members` auth collection), never staff. */
export const isMember = (user: MaybeUser): user is { collection: 'members'; id: number } => Boolean(user && user.collection === 'members')

/** Moderators reach every member account; a member only her own; nobody else any. */
export const memberSelfOrModerator: Access = ({ req }) => {
  if (isModerator(req.user)) return true
  if (isMember(req.user)) return { id: { equals: req.user.id } }
  return false
}

/** A member deletes her own account (admins too); moderators sanction instead of deleting. */
export const memberSelfOrAdmin: Access = ({ req }) => {
  if (req.user && req.user.collection === 'users' && 'roles' in req.user && req.user.roles?.includes('admin')) return true
  if (isMember(req.user)) return { id: { equals: req.user.id } }
  return false
}

/** The member herself and moderators read these fields (moderation state, evidence). */
export const selfOrModeratorField: FieldAccess = ({ req, doc }) =>
  isModerator(req.user) || Boolean(isMember(req.user) && doc && doc.id === req.user.id)
