import type { Campaign } from '@/payload-types'
import { siteUrl } from '@/lib/seo/siteUrl'
import type { LiveCampaign } from './liveCampaign'

type LayoutBlock = NonNullable<Campaign['layout']>[number]

export type CtaTarget = { blockId: string; label: string; url: string }

const SITE_PATH = /^\/(?!\/)[^\s\\]*$/
const HTTPS = /^https:\/\/[^\s]+$/

/** The link a block carries: a call to action's, or the hero's button. */
function linkOf(block: LayoutBlock): { label: string; url: string } | null {
  if (block.blockType === 'cta') return { label: block.link.label || block.heading, url: block.link.url }
  if (block.blockType === 'hero' && block.link?.url) return { label: block.link.label || block.heading, url: block.link.url }
  return null
}

/** The counted links of a layout, by block id. */
export function ctaTargets(layout: Campaign['layout']): CtaTarget[] {
  return (layout ?? []).flatMap((block) => {
    const link = block.id ? linkOf(block) : null
    return link ? [{ blockId: block.id as string, ...link }] : []
  })
}

/**
 * Where a campaign's counted link sends the visitor: a path of this site made absolute, or the
 * https address with the campaign's UTM defaults (source, medium, campaign — the slug when empty)
 * added where the address does not already carry them. Null when the stored address is neither
 * (the admin's validation refuses those; this keeps a bad row from becoming a redirect).
 */
export function ctaDestination(campaign: Pick<LiveCampaign, 'slug' | 'utm'>, url: string): string | null {
  if (SITE_PATH.test(url)) {
    const origin = siteUrl()
    const absolute = new URL(url, origin)
    return absolute.origin === new URL(origin).origin ? absolute.toString() : null
  }
  if (!HTTPS.test(url)) return null
  let address: URL
  try {
    address = new URL(url)
  } catch {
    return null
  }
  if (address.protocol !== 'https:') return null
  const utm = {
    utm_source: campaign.utm?.source?.trim(),
    utm_medium: campaign.utm?.medium?.trim(),
    utm_campaign: campaign.utm?.campaign?.trim() || campaign.slug,
  }
  for (const [name, value] of Object.entries(utm)) {
    if (value && !address.searchParams.has(name)) address.searchParams.set(name, value)
  }
  return address.toString()
}

/** The destination of one block's link in a live campaign, or null when it has no such link. */
export function ctaRedirect(campaign: LiveCampaign, blockId: string): { target: CtaTarget; destination: string } | null {
  const target = ctaTargets(campaign.layout).find((candidate) => candidate.blockId === blockId)
  if (!target) return null
  const destination = ctaDestination(campaign, target.url)
  return destination ? { target, destination } : null
}
