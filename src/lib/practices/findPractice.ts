import type { Payload } from 'payload'

import { publicPracticeWhere } from '@/access/publishedPractices'
import type { Locale } from '@/i18n/locales'
import type { User } from '@/payload-types'
import type { PracticeView } from './practiceView'
import { toPracticeView } from './toPracticeView'

export type PracticeReader = {
  /** The signed-in member of staff, if any. Anonymous visitors pass nothing. */
  user?: User | null
  /** Read the latest draft (preview). Honoured only for signed-in staff. */
  draft?: boolean
}

const isStaff = (user: User | null | undefined): user is User => Boolean(user && user.collection === 'users')

/**
 * One practice as its page shows it. The public gets it only when it is published (Payload's read
 * access for anonymous visitors, and the same filter here); a member of staff in preview gets the
 * latest draft with their own access. Contacts are read only for a signed-in user.
 */
export async function findPractice(payload: Payload, slug: string, locale: Locale, reader: PracticeReader = {}): Promise<PracticeView | null> {
  const staff = isStaff(reader.user) ? reader.user : null
  const draft = Boolean(reader.draft && staff)
  const { docs } = await payload.find({
    collection: 'practices',
    where: draft ? { slug: { equals: slug } } : { and: [publicPracticeWhere, { slug: { equals: slug } }] },
    locale,
    depth: 2,
    limit: 1,
    pagination: false,
    // Join fields (replications, workflow history) are not the page's: the family is read separately.
    joins: false,
    draft,
    overrideAccess: false,
    user: staff ?? undefined,
    populate: {
      practices: { slug: true },
      themes: { name: true, slug: true, kind: true },
    },
  })
  const practice = docs[0]
  return practice ? toPracticeView(practice, locale, { signedIn: Boolean(staff), draft }) : null
}
