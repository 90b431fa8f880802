import type { Access } from 'payload'

/** Any signed-in member of staff, whatever the role. */
export const isStaff: Access = ({ req }) => Boolean(req.user && req.user.collection === 'users')
