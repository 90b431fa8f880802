import type { Access, Where } from 'payload'

import { isStaffUser } from '@/access/roles'

/** Media that is not a community member's profile photo: the portal's published assets. */
const notAMemberPhoto: Where = { member: { exists: false } }

/**
 * Anyone reads the portal's media. A member's profile photo is personal data: staff read it; a
 * signed-in member reads her own, and other members' when their privacy settings show the photo;
 * the public never does (not in `/api/media`, GraphQL, nor the file itself at `/api/media/file/…`).
 */
export const readMedia: Access = ({ req }) => {
  if (isStaffUser(req.user)) return true
  if (req.user?.collection === 'members') {
    return { or: [notAMemberPhoto, { member: { equals: req.user.id } }, { 'member.privacy.showPhoto': { not_equals: false } }] }
  }
  return notAMemberPhoto
}
