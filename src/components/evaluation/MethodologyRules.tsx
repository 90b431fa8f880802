import { interpolate, plural } from '@/i18n/interpolate'
import type { Locale } from '@/i18n/locales'
import type { EvaluationStrings } from '@/i18n/strings/evaluation/en'
import type { EvaluationRules } from '@/lib/evaluation/settings'
import { formatPercent, formatScore } from './format'

type Props = { rules: EvaluationRules; scale: { min: number; max: number }; locale: Locale; strings: EvaluationStrings['methodology'] }

/** "36 months" reads better as "3 years". */
function duration(months: number, locale: Locale, strings: EvaluationStrings['methodology']): string {
  return months % 12 === 0 ? plural(strings.years, months / 12, locale) : plural(strings.months, months, locale)
}

/** Who evaluates and how, how scores are combined, and when a practice is labelled: with the settings in force. */
export function MethodologyRules({ rules, scale, locale, strings }: Props) {
  const { process, aggregation, label } = strings
  const notice = rules.revalidationNoticeMonths > 0 ? interpolate(label.notice, { notice: duration(rules.revalidationNoticeMonths, locale, strings) }) : null
  return (
    <>
      <section aria-labelledby="process-heading">
        <h2 id="process-heading">{strings.processHeading}</h2>
        <ul className="methodology__rules">
          <li>{plural(process.independent, rules.minEvaluators, locale)}</li>
          <li>{process.blind}</li>
          <li>{process.justified}</li>
          <li>{interpolate(process.deadline, { days: rules.defaultDueDays, reminder: rules.reminderDaysBefore }, locale)}</li>
          <li>{process.conflicts}</li>
          <li>{process.immutable}</li>
          <li>{process.named}</li>
        </ul>
      </section>
      <section aria-labelledby="aggregation-heading">
        <h2 id="aggregation-heading">{strings.aggregationHeading}</h2>
        <p>{aggregation.mean}</p>
        <p>{interpolate(aggregation.overall, { min: formatScore(scale.min, locale), max: formatScore(scale.max, locale) })}</p>
        <p>{aggregation.recommendations}</p>
        <p>{aggregation.versions}</p>
      </section>
      <section aria-labelledby="label-heading">
        <h2 id="label-heading">{strings.labelHeading}</h2>
        <p>{interpolate(label.threshold, { threshold: formatPercent(rules.labelThreshold, locale, 1) })}</p>
        <p>{interpolate(label.disagreement, { spread: plural(strings.points, rules.maxSpread, locale) })}</p>
        <p>
          {interpolate(label.validity, { validity: duration(rules.labelValidityMonths, locale, strings) })}
          {notice && ` ${notice}`} {label.expired}
        </p>
      </section>
    </>
  )
}
