import type { Access, Where } from 'payload'

import { isStaffUser } from './roles'

/**
 * Staff read every campaign; everyone else reads published campaigns whose end has not passed (the
 * queued unpublish takes the page down at the end; this keeps an ended campaign out of every API
 * read even if that job is late).
 */
export const publicCampaigns: Access = ({ req }) => {
  if (isStaffUser(req.user)) return true
  const notEnded: Where = { or: [{ endsAt: { exists: false } }, { endsAt: { greater_than: new Date().toISOString() } }] }
  return { and: [{ _status: { equals: 'published' } }, notEnded] }
}
