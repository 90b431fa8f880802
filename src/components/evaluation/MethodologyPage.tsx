import { interpolate } from '@/i18n/interpolate'
import type { Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import type { Methodology } from '@/lib/evaluation/methodology'
import { formatDate, formatScore } from './format'
import { MethodologyRules } from './MethodologyRules'
import { RubricCriterion } from './RubricCriterion'

// The scale a rubric has by default, to explain percentages while no version is in force.
const DEFAULT_SCALE = { min: 0, max: 4 }

/** The published rubric in force and the rules that turn its scores into a result and a label. */
export function MethodologyPage({ methodology, locale }: { methodology: Methodology; locale: Locale }) {
  const strings = getStrings(locale).evaluation.methodology
  const { rubric, rules } = methodology
  const scale = rubric ? { min: rubric.scaleMin, max: rubric.scaleMax } : DEFAULT_SCALE
  return (
    <article className="container methodology">
      <h1>{strings.title}</h1>
      <p className="page__summary">{strings.lead}</p>
      {rubric ? (
        <>
          <section aria-labelledby="rubric-heading">
            <h2 id="rubric-heading">{strings.rubricHeading}</h2>
            <p className="methodology__version">
              <strong>{rubric.title}</strong> · {interpolate(strings.version, { version: String(rubric.version) })}
              {rubric.publishedAt && <> · {interpolate(strings.inForceSince, { date: formatDate(rubric.publishedAt, locale) })}</>}
            </p>
            {rubric.introduction && <p className="preserve-lines">{rubric.introduction}</p>}
            <p>{interpolate(strings.scale, { min: formatScore(rubric.scaleMin, locale), max: formatScore(rubric.scaleMax, locale) })}</p>
          </section>
          <section aria-labelledby="criteria-heading">
            <h2 id="criteria-heading">{strings.criteriaHeading}</h2>
            <ol className="methodology__criteria">
              {rubric.criteria.map((criterion) => (
                <li key={criterion.key}>
                  <RubricCriterion criterion={criterion} locale={locale} strings={strings} />
                </li>
              ))}
            </ol>
          </section>
        </>
      ) : (
        <p className="notice" role="status">
          {strings.noRubric}
        </p>
      )}
      <MethodologyRules rules={rules} scale={scale} locale={locale} strings={strings} />
    </article>
  )
}
