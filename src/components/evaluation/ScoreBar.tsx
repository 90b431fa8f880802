import { interpolate } from '@/i18n/interpolate'
import type { Locale } from '@/i18n/locales'
import type { EvaluationStrings } from '@/i18n/strings/evaluation/en'
import type { ScorecardCriterionView } from '@/lib/evaluation/scorecard'
import { formatScore } from './format'

type Props = { criterion: ScorecardCriterionView; scaleMin: number; scaleMax: number; locale: Locale; strings: EvaluationStrings['scorecard'] }

/** One criterion's mean on its scale: the value in words for everyone, a bar for the eye. */
export function ScoreBar({ criterion, scaleMin, scaleMax, locale, strings }: Props) {
  const value = interpolate(strings.outOf, { value: formatScore(criterion.mean, locale), max: formatScore(scaleMax, locale) })
  return (
    <div className="score-bar">
      <span className="score-bar__name">{criterion.name}</span>
      <span className="score-bar__value">{value}</span>
      <meter
        className="score-bar__meter"
        min={scaleMin}
        max={scaleMax}
        value={criterion.mean}
        aria-label={interpolate(strings.criterionScore, { criterion: criterion.name, value: formatScore(criterion.mean, locale), max: formatScore(scaleMax, locale) })}
      >
        {value}
      </meter>
    </div>
  )
}
