import type { PayloadRequest } from 'payload'

/** The admin panel is for staff accounts that hold at least one role. */
export const canAccessAdmin = ({ req }: { req: PayloadRequest }): boolean =>
  Boolean(req.user && req.user.collection === 'users' && req.user.roles?.length)
