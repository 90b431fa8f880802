import type { Payload } from 'payload'

import type { CommunityPost, Member } from '@/payload-types'
import { uniqueSuffix } from './practiceFixtures'

export const MEMBER_PASSWORD = 'a long enough password'

/** A verified community member (as if she had confirmed her email), at trust level 0 unless told. */
export async function createMember(payload: Payload, overrides: Partial<Member> = {}): Promise<Member> {
  const suffix = uniqueSuffix()
  return payload.create({
    collection: 'members',
    overrideAccess: true,
    disableVerificationEmail: true,
    data: {
      name: `Member ${suffix}`,
      email: `member-${suffix}@example.org`,
      password: MEMBER_PASSWORD,
      locale: 'en',
      termsAcceptedAt: new Date().toISOString(),
      _verified: true,
      ...overrides,
    } as Member & { password: string },
  })
}

/** A staff moderator account. */
export async function createModerator(payload: Payload, name = 'Moderator') {
  return payload.create({
    collection: 'users',
    overrideAccess: true,
    data: { email: `moderator-${uniqueSuffix()}@example.org`, password: MEMBER_PASSWORD, name, roles: ['moderator'] },
  })
}

/** Signs a member in through Payload's own login and returns her JWT (for REST and GraphQL calls). */
export async function memberToken(payload: Payload, member: Pick<Member, 'email'>): Promise<string> {
  const { token } = await payload.login({ collection: 'members', data: { email: member.email, password: MEMBER_PASSWORD } })
  if (!token) throw new Error(`No token for ${member.email}`)
  return token
}

export async function createSpace(payload: Payload, overrides: Record<string, unknown> = {}) {
  const suffix = uniqueSuffix()
  return payload.create({
    collection: 'community-spaces',
    overrideAccess: true,
    context: { disableRevalidate: true },
    data: { title: `Space ${suffix}`, slug: `space-${suffix}`, kind: 'theme', ...overrides },
  })
}

/**
 * A post written straight into the collection (bypassing the posting service's rules), in the given
 * state: to set up what a test reads. A reply when `thread` is given.
 */
export async function createPost(
  payload: Payload,
  { author, space, state = 'published', thread, ...rest }: { author: number; space: number; state?: CommunityPost['state']; thread?: number } & Partial<CommunityPost>,
): Promise<CommunityPost> {
  const suffix = uniqueSuffix()
  return payload.create({
    collection: 'community-posts',
    overrideAccess: true,
    context: { disableRevalidate: true, skipPublicationEffects: true },
    data: {
      author,
      space,
      state,
      thread,
      kind: thread ? undefined : 'question',
      title: thread ? undefined : `Thread ${suffix}`,
      body: `Body ${suffix}`,
      lastActivityAt: new Date().toISOString(),
      ...rest,
    },
  })
}
