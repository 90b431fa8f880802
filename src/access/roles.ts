import type { User } from '@/payload-types'

export const ROLES = ['admin', 'editor', 'evaluator', 'communications', 'events', 'moderator'] as const

export type Role = (typeof ROLES)[number]

type MaybeUser = (Pick<User, 'roles'> & { collection?: string }) | { collection?: string } | null | undefined

/**
 * A signed-in member of staff (the `users` collection). Community members sign in too (the
 * `members` collection) and their ids overlap staff ids: every staff-only rule starts here.
 */
export function isStaffUser(user: MaybeUser): user is Pick<User, 'roles' | 'id'> & { collection: 'users' } {
  return Boolean(user && (user.collection === undefined || user.collection === 'users') && 'roles' in user)
}

export function userHasRole(user: MaybeUser, ...roles: Role[]): boolean {
  return isStaffUser(user) && Boolean(user.roles?.some((role) => roles.includes(role)))
}
