import Link from 'next/link'
import type { ServerProps } from 'payload'

import { CAMPAIGN_METRICS_PATH } from '@/lib/campaigns/metrics/links'
import { canReadCampaignMetrics } from '@/lib/campaigns/metrics/report'
import { adminLanguage } from '../language'
import { metricsTexts } from './texts'

/** In the admin's navigation, for communications staff and admins: the campaign metrics. */
export function CampaignMetricsNavLink({ user, i18n, payload }: ServerProps) {
  if (!canReadCampaignMetrics(user ?? null)) return null
  return (
    <Link href={`${payload.config.routes.admin}${CAMPAIGN_METRICS_PATH}`} className="nav__link" data-testid="nav-campaign-metrics">
      <span className="nav__link-label">{metricsTexts[adminLanguage(i18n?.language)].nav}</span>
    </Link>
  )
}
