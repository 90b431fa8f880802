import type { Access, FieldAccess } from 'payload'

import { userHasRole } from './roles'

type MaybeUser = Parameters<typeof userHasRole>[0]

/** Community moderators (staff with the `moderator` role) and admins. */
export const isModerator = (user: MaybeUser): boolean => userHasRole(user, 'admin', 'moderator')

export const moderators: Access = ({ req }) => isModerator(req.user)

export const moderatorsField: FieldAccess = ({ req }) => isModerator(req.user)
