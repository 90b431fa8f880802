import type { Access, FieldAccess } from 'payload'

import { userHasRole } from './roles'

export const isAdmin: Access = ({ req }) => userHasRole(req.user, 'admin')

export const isAdminField: FieldAccess = ({ req }) => userHasRole(req.user, 'admin')
