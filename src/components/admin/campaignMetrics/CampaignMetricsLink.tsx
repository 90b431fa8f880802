import type { ServerComponentProps } from 'payload'

import { CAMPAIGN_METRICS_PATH } from '@/lib/campaigns/metrics/links'
import { canReadCampaignMetrics } from '@/lib/campaigns/metrics/report'
import { adminLanguage } from '../language'
import { metricsTexts } from './texts'

type Props = Pick<ServerComponentProps, 'id' | 'req' | 'i18n' | 'payload'>

/** In a saved campaign's sidebar, for communications staff: the way to its metrics. */
export function CampaignMetricsLink({ id, req, i18n, payload }: Props) {
  if (!id || !canReadCampaignMetrics(req?.user)) return null
  const t = metricsTexts[adminLanguage(i18n?.language)]
  return (
    <div className="field-type" data-testid="campaign-metrics-link" style={{ marginBottom: '1.5rem' }}>
      <a href={`${payload.config.routes.admin}${CAMPAIGN_METRICS_PATH}?campaign=${encodeURIComponent(String(id))}`}>{t.sidebarLink}</a>
      <p style={{ margin: '0.25rem 0 0', color: 'var(--theme-elevation-500)' }}>{t.sidebarHint}</p>
    </div>
  )
}
