import type { Locale } from '@/i18n/locales'

/**
 * The counting pixel of a campaign page: an <img> (so it counts without JavaScript) on our own
 * domain, answered without a cookie. Kept off the cached HTML's data: only ids and the language.
 */
export const campaignViewPixelPath = (campaignId: number, locale: Locale): string => `/next/campaign-view?c=${campaignId}&l=${locale}`

/**
 * A call to action's link on a campaign page: our redirect counts the click, then sends the visitor
 * to the address the block holds (looked up server-side, so it can never redirect elsewhere).
 */
export const campaignCtaPath = (campaignId: number, blockId: string, locale: Locale): string =>
  `/next/campaign-go?c=${campaignId}&b=${encodeURIComponent(blockId)}&l=${locale}`

/** The communications staff's metrics view in the admin (after the admin route), `?campaign=&days=`. */
export const CAMPAIGN_METRICS_PATH = '/campaign-metrics'
