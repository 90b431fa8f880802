import type { Access } from 'payload'

import { type Role, userHasRole } from './roles'

/** Admins, plus the staff holding one of these roles. */
export const hasRole =
  (...roles: Role[]): Access =>
  ({ req }) =>
    userHasRole(req.user, 'admin', ...roles)
