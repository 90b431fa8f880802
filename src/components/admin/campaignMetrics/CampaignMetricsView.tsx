import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'

import { CAMPAIGN_METRICS_PATH } from '@/lib/campaigns/metrics/links'
import { campaignChoices, campaignMetricsReport, canReadCampaignMetrics, parsePeriod, REPORT_PERIODS } from '@/lib/campaigns/metrics/report'
import { AdminViewFrame } from '../AdminViewFrame'
import { adminLanguage, fill } from '../language'
import { MetricsTables } from './MetricsTables'
import { metricsTexts } from './texts'

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

const field = { display: 'flex', flexDirection: 'column', gap: '0.25rem' } as const

/**
 * /admin/campaign-metrics?campaign=<id>&days=<n>: one campaign's cookie-less figures for
 * communications staff and admins. A GET form picks the campaign and the period; everything is
 * rendered on the server. Custom admin views are not guarded by Payload: signed out → the login;
 * other staff get a refusal (the report's queries check the role too).
 */
export async function CampaignMetricsView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions } = initPageResult
  const adminRoute = req.payload.config.routes.admin
  const here = `${adminRoute}${CAMPAIGN_METRICS_PATH}`
  if (!req.user || !permissions.canAccessAdmin) redirect(`${adminRoute}/login?redirect=${encodeURIComponent(here)}`)
  const language = adminLanguage(req.i18n.language)
  const t = metricsTexts[language]
  const allowed = canReadCampaignMetrics(req.user)
  const choices = allowed ? await campaignChoices(req.payload, req.user) : []
  const requested = Number(one(searchParams?.campaign))
  const campaignId = Number.isInteger(requested) && requested > 0 ? requested : choices[0]?.id
  const days = parsePeriod(one(searchParams?.days))
  const report = allowed && campaignId ? await campaignMetricsReport(req.payload, req.user, campaignId, days) : null

  return (
    <AdminViewFrame initPageResult={initPageResult} params={params} searchParams={searchParams} title={t.title}>
      <div style={{ maxWidth: '64rem', margin: '1.5rem 0 3rem' }} data-testid="campaign-metrics">
        <h1>{t.title}</h1>
        {!allowed ? (
          <p role="alert">{t.forbidden}</p>
        ) : choices.length === 0 ? (
          <p>{t.noCampaigns}</p>
        ) : (
          <>
            <p>{t.intro}</p>
            <form method="get" action={here} style={{ display: 'flex', gap: '1rem', alignItems: 'flex-end', flexWrap: 'wrap', margin: '1rem 0 2rem' }}>
              <div style={field}>
                <label htmlFor="metrics-campaign">{t.campaign}</label>
                <select id="metrics-campaign" name="campaign" defaultValue={campaignId}>
                  {choices.map((choice) => (
                    <option key={choice.id} value={choice.id}>
                      {choice.title}
                      {choice.status === 'draft' ? ` (${t.draft})` : ''}
                    </option>
                  ))}
                </select>
              </div>
              <div style={field}>
                <label htmlFor="metrics-days">{t.period}</label>
                <select id="metrics-days" name="days" defaultValue={days}>
                  {REPORT_PERIODS.map((period) => (
                    <option key={period} value={period}>
                      {fill(t.lastDays, { days: period })}
                    </option>
                  ))}
                </select>
              </div>
              <button type="submit" className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }}>
                {t.show}
              </button>
            </form>
            {report ? (
              <>
                <h2>{report.campaign.title}</h2>
                <p>
                  <a href={`${adminRoute}/collections/campaigns/${report.campaign.id}`}>{t.edit}</a>
                </p>
                <MetricsTables report={report} language={language} />
              </>
            ) : (
              <p role="alert">{t.notFound}</p>
            )}
          </>
        )}
      </div>
    </AdminViewFrame>
  )
}
