import type { Metadata } from 'next'
import { draftMode } from 'next/headers'
import { notFound } from 'next/navigation'

import { opensWithHero, RenderCampaignBlocks } from '@/blocks/RenderCampaignBlocks'
import { CampaignBreadcrumbs } from '@/components/campaigns/CampaignBreadcrumbs'
import { LivePreviewListener } from '@/components/LivePreviewListener.client'
import { interpolate } from '@/i18n/interpolate'
import { isLocale, type Locale, locales } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { getCampaign } from '@/lib/campaigns/getCampaign'
import { campaignViewPixelPath } from '@/lib/campaigns/metrics/links'
import { campaignPath, campaignShareImagePath } from '@/lib/campaigns/paths'
import type { CampaignView } from '@/lib/campaigns/types'
import { localeAlternates } from '@/lib/seo/alternates'

type Props = { params: Promise<{ locale: string; slug: string }> }

// Served from the page cache; publishing, unpublishing or editing the campaign revalidates it by
// tag, as do changes to the practices, funding and event its blocks show.
export const revalidate = 3600

export function generateStaticParams(): Array<{ slug: string }> {
  return []
}

function shareImage(campaign: CampaignView, locale: Locale) {
  const uploaded = campaign.meta.image
  const alt = interpolate(getStrings(locale).campaigns.page.shareImageAlt, { title: campaign.title })
  if (uploaded?.url) {
    const og = uploaded.sizes?.og?.url ? uploaded.sizes.og : null
    return { url: og?.url ?? uploaded.url, width: og?.width ?? uploaded.width ?? undefined, height: og?.height ?? uploaded.height ?? undefined, alt: uploaded.alt || alt }
  }
  return { url: campaignShareImagePath(locale, campaign.slug), width: 1200, height: 630, alt }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  const { isEnabled: draft } = await draftMode()
  const campaign = await getCampaign(slug, locale, draft)
  if (!campaign) return {}
  const image = shareImage(campaign, locale)
  return {
    title: campaign.meta.title,
    description: campaign.meta.description ?? undefined,
    alternates: localeAlternates(locale, `/campaigns/${campaign.slug}`),
    // A language showing the English page is a copy of it: search engines index the English one.
    robots: campaign.meta.noIndex || campaign.fallback || draft ? { index: false, follow: true } : undefined,
    openGraph: {
      type: 'website',
      siteName: getStrings(locale).site.name,
      locale,
      title: campaign.meta.title,
      description: campaign.meta.description ?? undefined,
      url: campaignPath(locale, campaign.slug),
      images: [image],
    },
    twitter: { card: 'summary_large_image', images: [image.url] },
  }
}

export default async function CampaignPage({ params }: Props) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const { isEnabled: draft } = await draftMode()
  const campaign = await getCampaign(slug, locale, draft)
  if (!campaign) notFound()
  const strings = getStrings(locale).campaigns.page
  const language = locales.find((entry) => entry.code === locale)?.label ?? locale
  const english = (shown: boolean) => (shown ? 'en' : undefined)
  return (
    <article className="campaign-page">
      <div className="container">
        {draft && (
          <>
            <p className="draft-banner" role="status">
              {strings.draftBanner}
            </p>
            <LivePreviewListener />
          </>
        )}
        <CampaignBreadcrumbs locale={locale} current={campaign.title} />
        {campaign.fallback && (
          <p className="campaign-fallback" role="note">
            {interpolate(strings.fallback, { language })}
          </p>
        )}
        {/* A layout opening with a hero has its heading as the page's <h1>. */}
        {!opensWithHero(campaign.layout) && (
          <header className="campaign-page__header">
            <h1 lang={english(campaign.fallbackOf.title)}>{campaign.title}</h1>
            {campaign.summary && (
              <p className="page__summary" lang={english(campaign.fallbackOf.summary)}>
                {campaign.summary}
              </p>
            )}
          </header>
        )}
        <div className="campaign-page__blocks">
          <RenderCampaignBlocks
            blocks={campaign.layout}
            locale={locale}
            campaign={{ id: campaign.id, slug: campaign.slug }}
            draft={draft}
            fallback={campaign.fallback}
          />
        </div>
      </div>
      {!draft && (
        // eslint-disable-next-line @next/next/no-img-element -- the counting pixel: a plain request to our own route, no cookie
        <img className="campaign-pixel" src={campaignViewPixelPath(campaign.id, locale)} alt="" width={1} height={1} aria-hidden="true" />
      )}
    </article>
  )
}
