import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'

import { isLocale } from '@/i18n/locales'
import { adminLanguage, type AdminLanguage, formatDay } from '../language'
import { myEvaluationQueue, QUEUE_GROUPS, type QueueGroup, type QueueItem } from './queue'
import { queueTexts } from './texts'
import { AdminViewFrame } from '../AdminViewFrame'

export const MY_EVALUATIONS_PATH = '/my-evaluations'

/**
 * /admin/my-evaluations: the signed-in evaluator's queue (overdue, assigned, in progress, submitted),
 * each evaluation linking to its edit view. Custom admin views are not guarded by Payload: a visitor
 * who is not signed in is sent to the login.
 */
export async function MyEvaluationsView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, locale } = initPageResult
  const adminRoute = req.payload.config.routes.admin
  if (!req.user || !permissions.canAccessAdmin) {
    redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}${MY_EVALUATIONS_PATH}`)}`)
  }
  const language = adminLanguage(req.i18n.language)
  const t = queueTexts[language]
  const queue = await myEvaluationQueue(req.payload, req.user, isLocale(locale?.code) ? locale.code : undefined)

  return (
    <AdminViewFrame initPageResult={initPageResult} params={params} searchParams={searchParams} title={t.title}>
        <h1 style={{ marginTop: '1.5rem' }}>{t.title}</h1>
        <p>{t.intro}</p>
        {QUEUE_GROUPS.map((group) => (
          <QueueSection key={group} group={group} items={queue[group]} language={language} adminRoute={adminRoute} />
        ))}
    </AdminViewFrame>
  )
}

function QueueSection({ group, items, language, adminRoute }: { group: QueueGroup; items: QueueItem[]; language: AdminLanguage; adminRoute: string }) {
  const t = queueTexts[language]
  const headingId = `my-evaluations-${group}`
  return (
    <section aria-labelledby={headingId} data-testid={`my-evaluations-${group}`} style={{ marginTop: '2rem' }}>
      <h2 id={headingId}>
        {t.groups[group]} ({items.length})
      </h2>
      {items.length ? (
        <table style={{ width: '100%', borderCollapse: 'collapse' }}>
          <thead>
            <tr style={{ textAlign: 'left' }}>
              <th scope="col">{t.practice}</th>
              <th scope="col">{group === 'submitted' ? t.submitted : t.due}</th>
              <th scope="col">{t.round}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id} style={{ borderTop: '1px solid var(--theme-elevation-100)' }}>
                <td style={{ padding: '0.5rem 0' }}>
                  <a href={`${adminRoute}/collections/evaluations/${item.id}`}>{item.practiceTitle}</a>
                </td>
                <td>{formatDay(group === 'submitted' ? item.submittedAt : item.dueDate, language)}</td>
                <td>{item.round}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t.empty}</p>
      )}
    </section>
  )
}
