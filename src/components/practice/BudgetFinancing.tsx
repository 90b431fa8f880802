import type { Locale } from '@/i18n/locales'
import type { PracticeStrings } from '@/i18n/strings/practice/en'
import type { PracticeView } from '@/lib/practices/practiceView'
import { formatMoney } from './format'

type Props = { budget: PracticeView['budget']; locale: Locale; strings: PracticeStrings['budget'] }

/** The budget in its currency and how the practice was financed. */
export function BudgetFinancing({ budget, locale, strings }: Props) {
  return (
    <dl className="definition-grid">
      {budget.amount != null && (
        <div>
          <dt>{strings.amount}</dt>
          <dd className="budget-amount">{formatMoney(budget.amount, budget.currency, locale)}</dd>
        </div>
      )}
      {budget.financing && (
        <div className="definition-grid__wide">
          <dt>{strings.financing}</dt>
          <dd className="preserve-lines">{budget.financing}</dd>
        </div>
      )}
    </dl>
  )
}

export const hasBudget = (budget: PracticeView['budget']) => budget.amount != null || Boolean(budget.financing)
