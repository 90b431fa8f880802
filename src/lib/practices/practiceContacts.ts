import type { Payload } from 'payload'

import { publicPracticeWhere } from '@/access/publishedPractices'
import type { Locale } from '@/i18n/locales'
import type { Member, User } from '@/payload-types'
import type { ContactView } from './practiceView'

export type PracticeContactsView = { title: string; slug: string; contacts: ContactView[] }

/**
 * A published practice's contacts for a signed-in reader (a community member or staff). Read with her
 * own access: the contacts field is readable by signed-in users only, so nobody else ever gets them.
 */
export async function findPracticeContacts(payload: Payload, slug: string, locale: Locale, reader: Member | User): Promise<PracticeContactsView | null> {
  const { docs } = await payload.find({
    collection: 'practices',
    where: { and: [publicPracticeWhere, { slug: { equals: slug } }] },
    locale,
    depth: 0,
    limit: 1,
    pagination: false,
    joins: false,
    overrideAccess: false,
    user: reader,
    select: { title: true, slug: true, contacts: true },
  })
  const practice = docs[0]
  if (!practice) return null
  return {
    title: practice.title,
    slug: practice.slug ?? slug,
    contacts: (practice.contacts ?? []).map((contact) => ({
      name: contact.name,
      role: contact.role ?? null,
      organisation: contact.organisation ?? null,
      email: contact.email ?? null,
      phone: contact.phone ?? null,
    })),
  }
}
