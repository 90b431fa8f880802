import { formatNumber, interpolate } from '@/i18n/interpolate'
import type { Locale } from '@/i18n/locales'
import type { FundingStrings } from '@/i18n/strings/funding/en'
import { formatMoney } from '@/components/practice/format'
import type { FundingActionView } from '@/lib/funding/view/actionView'

type Props = { ticket: FundingActionView['ticket']; locale: Locale; strings: FundingStrings['action']['terms'] }

function amountRange(ticket: Props['ticket'], locale: Locale, strings: Props['strings']): string {
  const money = (value: number) => formatMoney(value, ticket.currency, locale)
  if (ticket.min != null && ticket.max != null) return ticket.min === ticket.max ? money(ticket.max) : interpolate(strings.range, { min: money(ticket.min), max: money(ticket.max) })
  if (ticket.min != null) return interpolate(strings.from, { min: money(ticket.min) })
  if (ticket.max != null) return interpolate(strings.upTo, { max: money(ticket.max) })
  return strings.notStated
}

/** The money (per project, or the programme's total budget) and the conditions attached to it. */
export function ActionTerms({ ticket, locale, strings }: Props) {
  const yesNo = (value: boolean) => (value ? strings.yes : strings.no)
  return (
    <dl className="funding-facts">
      <div>
        <dt>{ticket.isTotalBudget ? strings.totalBudget : strings.ticket}</dt>
        <dd>{amountRange(ticket, locale, strings)}</dd>
      </div>
      {ticket.fundingRate != null && (
        <div>
          <dt>{strings.fundingRate}</dt>
          <dd>{interpolate(strings.fundingRateValue, { rate: formatNumber(ticket.fundingRate / 100, locale, { style: 'percent', maximumFractionDigits: 1 }) })}</dd>
        </div>
      )}
      <div>
        <dt>{strings.coFinancing}</dt>
        <dd>{yesNo(ticket.coFinancingRequired)}</dd>
      </div>
      <div>
        <dt>{strings.consortium}</dt>
        <dd>{yesNo(ticket.consortiumRequired)}</dd>
      </div>
    </dl>
  )
}
