import type { Access, Where } from 'payload'

import { isMember } from './members'
import { isModerator } from './moderators'

/**
 * The public and other members read listed posts only (published, in a published thread). A member
 * also reads her own posts whatever their state (held for review, hidden, removed), so she knows
 * where they stand. Moderators read everything. As a query filter: lists, counts, relationships,
 * REST and GraphQL all apply it.
 */
const listed: Where = { listed: { equals: true } }

export const communityPostReadAccess: Access = ({ req }) => {
  if (isModerator(req.user)) return true
  if (isMember(req.user)) return { or: [listed, { author: { equals: req.user.id } }] }
  return listed
}
