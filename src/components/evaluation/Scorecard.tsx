import Link from 'next/link'

import { interpolate, plural } from '@/i18n/interpolate'
import type { Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { type ScorecardView, scorecardLabelState } from '@/lib/evaluation/scorecard'
import { formatDate, formatPercent, formatScore } from './format'
import { ScoreBar } from './ScoreBar'

type Props = { scorecard: ScorecardView; locale: Locale }

const RECOMMENDATIONS = ['endorse', 'endorseAfterRevision', 'doNotEndorse'] as const

/** The scorecard's anchor, for the practice page's "On this page". */
export const SCORECARD_SECTION_ID = 'evaluation'

/**
 * A practice's published evaluation result: the label (or why there is none now), the overall score,
 * each criterion's mean on its scale, and what the result rests on. Only aggregates are shown.
 */
export function Scorecard({ scorecard, locale }: Props) {
  const strings = getStrings(locale).evaluation.scorecard
  const state = scorecardLabelState(scorecard)
  const date = formatDate(scorecard.evaluatedAt, locale)
  const expires = scorecard.labelExpiresAt ? formatDate(scorecard.labelExpiresAt, locale) : ''
  const max = formatScore(scorecard.scaleMax, locale)
  return (
    <section id={SCORECARD_SECTION_ID} aria-labelledby={`${SCORECARD_SECTION_ID}-heading`} className="practice-section scorecard" data-testid="scorecard">
      <h2 id={`${SCORECARD_SECTION_ID}-heading`}>{strings.heading}</h2>
      {state === 'current' && (
        <p className="scorecard__label">
          <strong className="label-badge">{strings.label}</strong>{' '}
          <span>{interpolate(strings.awarded, { date: formatDate(scorecard.labelAwardedAt ?? scorecard.evaluatedAt, locale), expires })}</span>
        </p>
      )}
      {state === 'expired' && <p className="notice scorecard__expired">{interpolate(strings.expired, { date, expires })}</p>}
      {state === 'none' && <p className="scorecard__status">{interpolate(strings.notLabelled, { date })}</p>}

      <p className="scorecard__overall">
        <span className="scorecard__overall-label">{strings.overall}</span>{' '}
        <span className="scorecard__overall-value">{interpolate(strings.outOf, { value: formatScore(scorecard.overall, locale), max })}</span>
        <span className="scorecard__overall-percent"> · {formatPercent(scorecard.overallPercent, locale)}</span>
      </p>

      <h3>{strings.criteriaHeading}</h3>
      <ul className="scorecard__criteria">
        {scorecard.criteria.map((criterion) => (
          <li key={criterion.key}>
            <ScoreBar criterion={criterion} scaleMin={scorecard.scaleMin} scaleMax={scorecard.scaleMax} locale={locale} strings={strings} />
          </li>
        ))}
      </ul>

      <h3>{strings.facts}</h3>
      <dl className="scorecard__facts">
        <div>
          <dt>{strings.evaluators}</dt>
          <dd>{scorecard.evaluatorCount}</dd>
        </div>
        <div>
          <dt>{strings.date}</dt>
          <dd>{date}</dd>
        </div>
        <div>
          <dt>{strings.rubric}</dt>
          <dd>{interpolate(strings.rubricVersion, { version: String(scorecard.rubricVersion) })}</dd>
        </div>
        {scorecard.namedEvaluators.length > 0 && (
          <div>
            <dt>{strings.namedEvaluators}</dt>
            <dd>{new Intl.ListFormat(locale, { type: 'conjunction' }).format(scorecard.namedEvaluators)}</dd>
          </div>
        )}
      </dl>

      <h3>{strings.recommendationsHeading}</h3>
      <ul className="scorecard__recommendations">
        {RECOMMENDATIONS.filter((key) => scorecard.recommendations[key] > 0).map((key) => (
          <li key={key}>{plural(strings.recommendations[key], scorecard.recommendations[key], locale)}</li>
        ))}
      </ul>

      <p className="scorecard__note">
        {strings.anonymous}{' '}
        <Link href={`/${locale}/methodology`} prefetch={false}>
          {strings.methodologyLink}
        </Link>
      </p>
    </section>
  )
}
