import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { CampaignList } from '@/components/campaigns/CampaignList'
import { CampaignBreadcrumbs } from '@/components/campaigns/CampaignBreadcrumbs'
import { isLocale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { getCurrentCampaigns } from '@/lib/campaigns/listCampaigns'
import { localeAlternates } from '@/lib/seo/alternates'

type Props = { params: Promise<{ locale: string }> }

// Served from the page cache; a campaign's publication or change revalidates it (tag `campaigns`),
// and ten minutes at most take off a campaign whose end has passed.
export const revalidate = 600

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const strings = getStrings(locale).campaigns.list
  return { title: strings.title, description: strings.description, alternates: localeAlternates(locale, '/campaigns') }
}

export default async function CampaignsPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const strings = getStrings(locale).campaigns.list
  const campaigns = await getCurrentCampaigns(locale)
  return (
    <div className="container campaign-index">
      <CampaignBreadcrumbs locale={locale} />
      <h1>{strings.title}</h1>
      <p className="page__summary">{strings.lead}</p>
      {campaigns.length === 0 ? <p className="campaign-empty">{strings.empty}</p> : <CampaignList campaigns={campaigns} locale={locale} />}
    </div>
  )
}
