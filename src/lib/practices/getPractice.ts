import { unstable_cache } from 'next/cache'
import { headers } from 'next/headers'
import { cache } from 'react'

import type { Locale } from '@/i18n/locales'
import { cacheTags } from '@/lib/cache/tags'
import { getPayloadClient } from '@/lib/payload'
import type { User } from '@/payload-types'
import { findPractice } from './findPractice'
import { findPracticeNeighbours } from './practiceNeighbours'
import type { PracticeNeighbours, PracticeView } from './practiceView'

/** The signed-in member of staff behind this request, if any (only asked in draft mode). */
async function staffUser(): Promise<User | null> {
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  return user && user.collection === 'users' ? user : null
}

/**
 * One practice for its public page. Published practices are cached and revalidated by tag when a
 * practice changes. In draft mode (the admin's preview) a signed-in member of staff gets the latest
 * draft, uncached; draft mode without such a user falls back to the public version.
 */
export const getPublicPractice = cache(async (slug: string, locale: Locale, options: { draft?: boolean } = {}): Promise<PracticeView | null> => {
  if (options.draft) {
    const user = await staffUser()
    if (user) return findPractice(await getPayloadClient(), slug, locale, { user, draft: true })
  }
  return unstable_cache(async () => findPractice(await getPayloadClient(), slug, locale), ['practice', slug, locale], {
    tags: [cacheTags.practices, cacheTags.practice(slug), cacheTags.geography],
  })()
})

/**
 * Related practices, cities like this one and the replication family. They change whenever any
 * practice changes, so they are cached under the `practices` tag.
 */
export const getPracticeNeighbours = cache(async (practice: PracticeView): Promise<PracticeNeighbours> => {
  const load = async () => findPracticeNeighbours(await getPayloadClient(), practice, practice.locale)
  if (practice.draft) return load()
  return unstable_cache(load, ['practice-neighbours', practice.slug, practice.locale], {
    tags: [cacheTags.practices, cacheTags.practice(practice.slug), cacheTags.geography],
  })()
})
