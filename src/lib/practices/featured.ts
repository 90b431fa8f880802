import { unstable_cache } from 'next/cache'
import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { cacheTags } from '@/lib/cache/tags'
import { getPayloadClient } from '@/lib/payload'
import { findPublicPractices, toPracticeCard } from './practiceCards'
import type { PracticeCard } from './search'

export const FEATURED_LIMIT = 6

/** The published practices editors chose for the home page, most recently published first. */
export async function findFeaturedPractices(payload: Payload, locale: Locale, limit = FEATURED_LIMIT): Promise<PracticeCard[]> {
  const practices = await findPublicPractices(payload, { where: { featured: { equals: true } }, locale, limit, sort: '-publishedAt' })
  return practices.map(toPracticeCard)
}

/** Featured practices in one language, cached until a practice, a place or a theme changes. */
export const getFeaturedPractices = (locale: Locale): Promise<PracticeCard[]> =>
  unstable_cache(async () => findFeaturedPractices(await getPayloadClient(), locale), ['featured-practices', locale], {
    tags: [cacheTags.practices, cacheTags.geography, cacheTags.themes],
  })()
