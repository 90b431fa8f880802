import type { Payload } from 'payload'

import { toSlug } from '@/fields/slug'
import type { Locale } from '@/i18n/locales'

/** A city the member typed (its name in her language or in English, or its slug), or null when we do not know it. */
export async function cityByName(payload: Payload, name: string, locale: Locale = 'en'): Promise<number | null> {
  const value = name.trim()
  if (!value) return null
  for (const language of [...new Set([locale, 'en' as const])]) {
    const { docs } = await payload.find({
      collection: 'cities',
      where: { or: [{ slug: { equals: toSlug(value) } }, { name: { equals: value } }] },
      locale: language,
      depth: 0,
      limit: 1,
      pagination: false,
      overrideAccess: false,
      select: { slug: true },
    })
    if (docs[0]) return docs[0].id
  }
  return null
}
