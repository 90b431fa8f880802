import { headers } from 'next/headers'
import { cache } from 'react'

import { isModerator } from '@/access/moderators'
import { getPayloadClient } from '@/lib/payload'
import type { Member, User } from '@/payload-types'

export type Viewer = {
  /** The signed-in community member, if any. */
  member: Member | null
  /** A signed-in moderator (staff), if any: sees every post's state and the moderation tools. */
  moderator: User | null
}

/** Who is looking at a community page, from the request's session cookie (once per request). */
export const currentViewer = cache(async (): Promise<Viewer> => {
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  if (user?.collection === 'members') return { member: user as Member, moderator: null }
  if (user?.collection === 'users' && isModerator(user)) return { member: null, moderator: user as User }
  return { member: null, moderator: null }
})

/** The signed-in member, or null. */
export const currentMember = async (): Promise<Member | null> => (await currentViewer()).member
