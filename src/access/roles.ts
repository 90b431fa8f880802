import type { User } from '@/payload-types'

export const ROLES = ['admin', 'editor', 'evaluator', 'communications', 'events', 'moderator'] as const

export type Role = (typeof ROLES)[number]

type MaybeUser = Pick<User, 'roles'> | null | undefined

export function userHasRole(user: MaybeUser, ...roles: Role[]): boolean {
  return Boolean(user?.roles?.some((role) => roles.includes(role)))
}
