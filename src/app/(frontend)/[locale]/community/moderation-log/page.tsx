import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'

import { isLocale, type Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { moderationLogPath } from '@/lib/community/moderation/links'
import { cachedMonthlyLog, monthOf, parseMonth } from '@/lib/community/moderation/publicLog'
import { MODERATION_ACTIONS, MODERATION_REASONS } from '@/lib/community/options'
import { fill } from '@/lib/submissions/fill'

// The month comes from the query string.
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const { log } = getStrings(locale).moderation
  return { title: log.title, description: log.lead }
}

const monthName = (month: string, locale: Locale) =>
  new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`))

/**
 * /{locale}/community/moderation-log?month=YYYY-MM — the public monthly moderation log: counts by
 * action and by reason, nothing about who or what. A month that is malformed or in the future goes
 * to the current month.
 */
export default async function ModerationLogPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const asked = (await searchParams).month
  const month = parseMonth(asked)
  if (asked !== undefined && !month) redirect(moderationLogPath(locale, monthOf(new Date())))
  const data = await cachedMonthlyLog(month ?? monthOf(new Date()))
  const { log } = getStrings(locale).moderation

  return (
    <div className="container moderation-log">
      <h1>{log.title}</h1>
      <p className="moderation-log__lead">{log.lead}</p>
      {data.previous || data.next ? (
        <nav aria-label={log.months} className="moderation-log__months">
          {data.previous ? (
            <a href={moderationLogPath(locale, data.previous)} rel="prev">
              ← {log.previous} ({monthName(data.previous, locale)})
            </a>
          ) : null}
          {data.next ? (
            <a href={moderationLogPath(locale, data.next)} rel="next">
              {log.next} ({monthName(data.next, locale)}) →
            </a>
          ) : null}
        </nav>
      ) : null}
      <h2>{fill(log.monthHeading, { month: monthName(data.month, locale) })}</h2>
      {data.total === 0 ? (
        <p>{log.none}</p>
      ) : (
        <>
          <p>
            {fill(log.total, { count: data.total })} {data.automatic ? fill(log.automatic, { count: data.automatic }) : null}
          </p>
          <div className="moderation-log__tables">
            <table className="moderation-log__table">
              <caption>{log.byAction}</caption>
              <thead>
                <tr>
                  <th scope="col">{log.action}</th>
                  <th scope="col">{log.count}</th>
                </tr>
              </thead>
              <tbody>
                {data.byAction.map((row) => (
                  <tr key={row.action}>
                    <th scope="row">{MODERATION_ACTIONS[row.action]?.[locale] ?? row.action}</th>
                    <td>{row.count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <table className="moderation-log__table">
              <caption>{log.byReason}</caption>
              <thead>
                <tr>
                  <th scope="col">{log.reason}</th>
                  <th scope="col">{log.count}</th>
                </tr>
              </thead>
              <tbody>
                {data.byReason.map((row) => (
                  <tr key={row.reason ?? 'none'}>
                    <th scope="row">{row.reason ? (MODERATION_REASONS[row.reason]?.[locale] ?? row.reason) : log.noReason}</th>
                    <td>{row.count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  )
}
