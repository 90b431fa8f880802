import { unstable_cache } from 'next/cache'
import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { cacheTags } from '@/lib/cache/tags'
import { getPayloadClient } from '@/lib/payload'

export type FinancingActionRef = { slug: string; title: string }

const relationId = (value: unknown): number | null =>
  typeof value === 'number' ? value : value && typeof value === 'object' && 'id' in value && typeof value.id === 'number' ? value.id : null

/**
 * The published funding actions a practice's budget names, read as the public reads them: a draft
 * or unpublished action is left out, whoever asks. The practice too is read with the public's access.
 */
export async function findFinancingActions(payload: Payload, practiceId: number, locale: Locale): Promise<FinancingActionRef[]> {
  const practices = await payload.find({
    collection: 'practices',
    where: { id: { equals: practiceId } },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: false,
    select: { budget: { fundingActions: true } },
  })
  const ids = (practices.docs[0]?.budget?.fundingActions ?? []).map(relationId).filter((id): id is number => id !== null)
  if (ids.length === 0) return []
  const { docs } = await payload.find({
    collection: 'funding-actions',
    where: { id: { in: ids } },
    locale,
    depth: 0,
    limit: ids.length,
    pagination: false,
    joins: false,
    overrideAccess: false,
    sort: 'title',
    select: { slug: true, title: true },
  })
  return docs.map((doc) => ({ slug: doc.slug, title: doc.title }))
}

export const getFinancingActions = (practiceId: number, practiceSlug: string, locale: Locale) =>
  unstable_cache(async () => findFinancingActions(await getPayloadClient(), practiceId, locale), ['financing-actions', String(practiceId), locale], {
    tags: [cacheTags.funding, cacheTags.practices, cacheTags.practice(practiceSlug)],
  })()
