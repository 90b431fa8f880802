import type { CSSProperties } from 'react'

import { locales } from '@/i18n/locales'
import type { CampaignMetricsReport } from '@/lib/campaigns/metrics/report'
import { fill, formatDay, type AdminLanguage } from '../language'
import { DayChart } from './DayChart'
import { metricsTexts } from './texts'

type Props = { report: CampaignMetricsReport; language: AdminLanguage }

const table: CSSProperties = { borderCollapse: 'collapse', width: '100%', margin: '0.5rem 0 2rem' }
const cell: CSSProperties = { borderBottom: '1px solid var(--theme-elevation-150)', padding: '0.4rem 0.6rem', textAlign: 'left' }
const number: CSSProperties = { ...cell, textAlign: 'right', fontVariantNumeric: 'tabular-nums' }
const caption: CSSProperties = { textAlign: 'left', fontWeight: 700, fontSize: '1.1rem', padding: '0.5rem 0' }

/** A campaign's figures: totals, views and sign-ups by language, per day (with a chart), clicks per link. */
export function MetricsTables({ report, language }: Props) {
  const t = metricsTexts[language]
  const n = (value: number) => new Intl.NumberFormat(language).format(value)
  const day = (value: string) => formatDay(`${value}T00:00:00.000Z`, language)
  const range = { from: day(report.from), to: day(report.to) }
  const maxViews = Math.max(0, ...report.days.map((figures) => figures.views))
  return (
    <div data-testid="campaign-metrics-report">
      <table style={table} data-testid="campaign-metrics-totals">
        <caption style={caption}>{fill(t.totals, range)}</caption>
        <tbody>
          {[
            [t.views, report.totals.views],
            [t.signups, report.totals.signups],
            [t.clicks, report.totals.clicks],
          ].map(([label, value]) => (
            <tr key={label}>
              <th scope="row" style={cell}>
                {label}
              </th>
              <td style={number}>{n(Number(value))}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <table style={table} data-testid="campaign-metrics-languages">
        <caption style={caption}>{t.byLanguage}</caption>
        <thead>
          <tr>
            <th scope="col" style={cell}>
              {t.language}
            </th>
            <th scope="col" style={number}>
              {t.views}
            </th>
            <th scope="col" style={number}>
              {t.signups}
            </th>
          </tr>
        </thead>
        <tbody>
          {locales.map(({ code, label }) => (
            <tr key={code}>
              <th scope="row" style={cell} lang={code}>
                {label}
              </th>
              <td style={number}>{n(report.totals.viewsByLocale[code])}</td>
              <td style={number}>{n(report.totals.signupsByLocale[code])}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2 style={{ fontSize: '1.1rem' }}>{t.perDay}</h2>
      <DayChart
        days={report.days}
        label={fill(t.chart, { ...range, total: n(report.totals.views), max: n(maxViews) })}
        describe={(figures) => `${day(figures.day)}: ${n(figures.views)}`}
      />
      <table style={table} data-testid="campaign-metrics-days">
        <caption style={caption}>
          {t.perDay}, {fill(t.range, range)}
        </caption>
        <thead>
          <tr>
            <th scope="col" style={cell}>
              {t.day}
            </th>
            <th scope="col" style={number}>
              {t.views}
            </th>
            {locales.map(({ code }) => (
              <th key={code} scope="col" style={number}>
                {code.toUpperCase()}
              </th>
            ))}
            <th scope="col" style={number}>
              {t.signups}
            </th>
            <th scope="col" style={number}>
              {t.clicks}
            </th>
          </tr>
        </thead>
        <tbody>
          {[...report.days].reverse().map((figures) => (
            <tr key={figures.day}>
              <th scope="row" style={cell}>
                <time dateTime={figures.day}>{day(figures.day)}</time>
              </th>
              <td style={number}>{n(figures.views)}</td>
              {locales.map(({ code }) => (
                <td key={code} style={number}>
                  {n(figures.viewsByLocale[code])}
                </td>
              ))}
              <td style={number}>{n(figures.signups)}</td>
              <td style={number}>{n(figures.clicks)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <table style={table} data-testid="campaign-metrics-targets">
        <caption style={caption}>{t.byTarget}</caption>
        <thead>
          <tr>
            <th scope="col" style={cell}>
              {t.target}
            </th>
            <th scope="col" style={cell}>
              {t.languages}
            </th>
            <th scope="col" style={cell}>
              {t.blockId}
            </th>
            <th scope="col" style={number}>
              {t.clicks}
            </th>
          </tr>
        </thead>
        <tbody>
          {report.clicks.length === 0 ? (
            <tr>
              <td colSpan={4} style={cell}>
                {t.none}
              </td>
            </tr>
          ) : (
            report.clicks.map((click) => (
              <tr key={click.target}>
                <th scope="row" style={cell}>
                  {click.label ?? <em>{t.removedBlock}</em>}
                </th>
                <td style={cell}>{click.locales.map((code) => code.toUpperCase()).join(', ')}</td>
                <td style={cell}>
                  <code>{click.target}</code>
                </td>
                <td style={number}>{n(click.clicks)}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  )
}
