import { interpolate } from '@/i18n/interpolate'
import type { Locale } from '@/i18n/locales'
import type { EvaluationStrings } from '@/i18n/strings/evaluation/en'
import type { MethodologyCriterion } from '@/lib/evaluation/methodology'
import { formatPercent, formatScore } from './format'

type Props = { criterion: MethodologyCriterion; locale: Locale; strings: EvaluationStrings['methodology'] }

/** One criterion of the rubric: its weight, what it looks at, and what each score means. */
export function RubricCriterion({ criterion, locale, strings }: Props) {
  const headingId = `criterion-${criterion.key}`
  return (
    <section aria-labelledby={headingId} className="rubric-criterion">
      <h3 id={headingId}>{criterion.name}</h3>
      <p className="rubric-criterion__weight">
        {interpolate(strings.weightLine, { weight: formatScore(criterion.weight, locale), share: formatPercent(criterion.share, locale) })}
      </p>
      <p>{criterion.description}</p>
      {criterion.levels.length > 0 && (
        <table className="rubric-levels">
          <caption className="visually-hidden">{interpolate(strings.levelsCaption, { criterion: criterion.name })}</caption>
          <thead>
            <tr>
              <th scope="col">{strings.score}</th>
              <th scope="col">{strings.descriptor}</th>
            </tr>
          </thead>
          <tbody>
            {criterion.levels.map((level) => (
              <tr key={level.score}>
                <th scope="row">{formatScore(level.score, locale)}</th>
                <td>{level.descriptor}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
