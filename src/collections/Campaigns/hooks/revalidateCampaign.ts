import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { revalidate } from '@/lib/cache/revalidate'
import { cacheTags } from '@/lib/cache/tags'
import type { Campaign } from '@/payload-types'

const tagsFor = (...campaigns: Array<Pick<Campaign, 'slug'> | null | undefined>) => [
  cacheTags.campaigns,
  cacheTags.sitemap,
  ...campaigns.filter((campaign): campaign is Campaign => Boolean(campaign?.slug)).map((campaign) => cacheTags.campaign(campaign.slug)),
]

// Both the old and the new slug: a campaign can be renamed or unpublished.
export const revalidateCampaign: CollectionAfterChangeHook<Campaign> = ({ doc, previousDoc, context, req }) => {
  revalidate(tagsFor(doc, previousDoc), { context, req })
  return doc
}

export const revalidateDeletedCampaign: CollectionAfterDeleteHook<Campaign> = ({ doc, context, req }) => {
  revalidate(tagsFor(doc), { context, req })
  return doc
}
