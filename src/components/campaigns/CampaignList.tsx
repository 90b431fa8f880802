import Link from 'next/link'

import { CampaignImage } from '@/components/campaigns/CampaignImage'
import { interpolate } from '@/i18n/interpolate'
import type { Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { imageOf } from '@/lib/campaigns/media'
import { campaignPath } from '@/lib/campaigns/paths'
import type { CampaignSummary } from '@/lib/campaigns/types'

const INTL_LOCALE: Record<Locale, string> = { en: 'en-GB', fr: 'fr-FR', es: 'es-ES', pt: 'pt-PT' }

/** Current campaigns as cards: image, title (the link), summary and, when set, the day it ends. */
export function CampaignList({ campaigns, locale }: { campaigns: CampaignSummary[]; locale: Locale }) {
  const strings = getStrings(locale).campaigns.list
  const day = new Intl.DateTimeFormat(INTL_LOCALE[locale], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
  return (
    <ul className="card-grid campaign-list">
      {campaigns.map((campaign) => {
        const image = imageOf(campaign.image, ['card', 'thumbnail'])
        return (
          <li key={campaign.id} className="card campaign-list__item">
            {image && <CampaignImage image={image} className="campaign-list__image" decorative />}
            <h2 className="campaign-list__title">
              <Link href={campaignPath(locale, campaign.slug)} prefetch={false}>
                {campaign.title}
              </Link>
            </h2>
            {campaign.summary && <p>{campaign.summary}</p>}
            {campaign.endsAt && (
              <p className="campaign-list__until">
                <time dateTime={campaign.endsAt}>{interpolate(strings.until, { date: day.format(new Date(campaign.endsAt)) })}</time>
              </p>
            )}
          </li>
        )
      })}
    </ul>
  )
}
