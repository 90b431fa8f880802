import { unstable_cache } from 'next/cache'
import { headers } from 'next/headers'
import { cache } from 'react'

import type { Locale } from '@/i18n/locales'
import { cacheTags } from '@/lib/cache/tags'
import { getPayloadClient } from '@/lib/payload'
import type { User } from '@/payload-types'
import type { FundingActionView } from './actionView'
import { findFundingAction } from './findFundingAction'

/** The signed-in member of staff behind this request, if any (only asked in draft mode). */
async function staffUser(): Promise<User | null> {
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  return user && user.collection === 'users' ? user : null
}

/**
 * One funding action for its public page, cached until it (or any action, funder, practice or place)
 * changes. In draft mode a signed-in member of staff gets the latest draft, uncached; draft mode
 * without such a user falls back to the public version. Shared by the page and its metadata.
 */
export const getFundingAction = cache(async (slug: string, locale: Locale, draft: boolean): Promise<FundingActionView | null> => {
  if (draft) {
    const user = await staffUser()
    if (user) return findFundingAction(await getPayloadClient(), slug, locale, { user, draft: true })
  }
  return unstable_cache(async () => findFundingAction(await getPayloadClient(), slug, locale), ['funding-action', slug, locale], {
    tags: [cacheTags.funding, cacheTags.fundingAction(slug), cacheTags.practices, cacheTags.organisations, cacheTags.geography, cacheTags.themes],
  })()
})
