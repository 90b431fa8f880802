import { interpolate } from '@/i18n/interpolate'
import type { Locale } from '@/i18n/locales'
import type { EvaluationStrings } from '@/i18n/strings/evaluation/en'
import type { ScorecardCriterionView } from '@/lib/evaluation/scorecard'
import { formatScore } from './format'

type Props = { criterion: ScorecardCriterionView; scaleMin: number; scaleMax: number; locale: Locale; strings: EvaluationStrings['scorecard'] }

/**
 * One criterion's mean on its scale: the value as text for everyone, and a bar drawn in CSS (a
 * `<meter>` cannot be styled alike across browsers) that names its value for screen readers.
 */
export function ScoreBar({ criterion, scaleMin, scaleMax, locale, strings }: Props) {
  const value = formatScore(criterion.mean, locale)
  const max = formatScore(scaleMax, locale)
  const range = scaleMax - scaleMin
  const filled = range > 0 ? Math.min(100, Math.max(0, ((criterion.mean - scaleMin) / range) * 100)) : 0
  return (
    <div className="score-bar">
      <span className="score-bar__name">{criterion.name}</span>
      <span className="score-bar__value">{interpolate(strings.outOf, { value, max })}</span>
      <span className="score-bar__track" role="img" aria-label={interpolate(strings.criterionScore, { criterion: criterion.name, value, max })}>
        <span className="score-bar__fill" style={{ width: `${filled}%` }} />
      </span>
    </div>
  )
}
