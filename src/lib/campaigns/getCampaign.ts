import { unstable_cache } from 'next/cache'
import { cache } from 'react'

import type { Locale } from '@/i18n/locales'
import { cacheTags } from '@/lib/cache/tags'
import { getPayloadClient } from '@/lib/payload'
import { cachedSource } from './cachedSource'
import { type CampaignRecord, findCampaign } from './findCampaign'
import { type BlockDataSource, databaseSource, resolveLayout } from './resolveLayout'
import type { CampaignView } from './types'

/** The record with its data blocks resolved. */
export async function toCampaignView(record: CampaignRecord, locale: Locale, source: BlockDataSource): Promise<CampaignView> {
  const { layout, ...rest } = record
  return { ...rest, layout: await resolveLayout(layout, locale, source), fallback: record.fallbackOf.layout }
}

/** A campaign's landing page data, uncached (scripts, tests). */
export async function readCampaign(
  payload: Parameters<typeof databaseSource>[0],
  slug: string,
  locale: Locale,
  draft = false,
): Promise<CampaignView | null> {
  const record = await findCampaign(payload, slug, locale, draft)
  return record ? toCampaignView(record, locale, databaseSource(payload)) : null
}

const cachedRecord = (slug: string, locale: Locale) =>
  unstable_cache(async () => findCampaign(await getPayloadClient(), slug, locale, false), ['campaign', slug, locale], {
    tags: [cacheTags.campaigns, cacheTags.campaign(slug)],
    // An ended campaign leaves at its end even if the queued unpublish is late: the access rule
    // reads the clock, the cached entry does not, so it is kept for at most ten minutes.
    revalidate: 600,
  })()

/**
 * One campaign in one language, as its page shows it. Published campaigns come from the data cache
 * (revalidated by tag on publish, and each data block by its own data's tags); in draft mode (staff
 * previewing) the latest draft is read uncached, its data blocks still showing published data only.
 */
export const getCampaign = cache(async (slug: string, locale: Locale, draft = false): Promise<CampaignView | null> => {
  if (draft) {
    const payload = await getPayloadClient()
    return readCampaign(payload, slug, locale, true)
  }
  const record = await cachedRecord(slug, locale)
  if (!record) return null
  // The end may have passed since the entry was written.
  if (record.endsAt && Date.parse(record.endsAt) <= Date.now()) return null
  return toCampaignView(record, locale, cachedSource)
})
