import type { Access } from 'payload'

/** Staff read every version; everyone else reads published documents only. */
export const publishedOrStaff: Access = ({ req }) => {
  if (req.user && req.user.collection === 'users') return true
  return { _status: { equals: 'published' } }
}
