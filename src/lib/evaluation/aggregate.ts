/**
 * The arithmetic of an evaluation round, kept free of the database so that it can be checked on
 * fixed examples (tests/int/evaluation-aggregate.test.ts) and explained on the methodology page.
 */

export type Recommendation = 'endorse' | 'endorse_after_revision' | 'do_not_endorse'
export const RECOMMENDATIONS: readonly Recommendation[] = ['endorse', 'endorse_after_revision', 'do_not_endorse']

export type RubricForAggregation = {
  scaleMin: number
  scaleMax: number
  criteria: ReadonlyArray<{ key: string; weight: number }>
}

export type SubmittedScores = {
  scores: ReadonlyArray<{ criterion: string; score: number }>
  recommendation: Recommendation
}

export type AggregationSettings = {
  /** The weighted overall score, as a share of the scale (0–100), a practice needs for the label. */
  labelThreshold: number
  /** The largest spread (highest minus lowest score, in points) on any criterion before editors decide. */
  maxSpread: number
  /** How long a label lasts, in months. */
  labelValidityMonths: number
}

export type CriterionResult = { key: string; weight: number; mean: number; min: number; max: number; spread: number }

export type AggregateOutcome = 'labelled' | 'not_labelled' | 'needs_consensus'

export type AggregateResult = {
  criteria: CriterionResult[]
  /** Weighted mean of the criteria's means, on the rubric's scale. */
  overall: number
  /** The overall score as a share of the scale, 0–100. */
  overallPercent: number
  evaluatorCount: number
  recommendations: Record<Recommendation, number>
  /** Why editors must decide: criteria whose spread is too large, or opposite recommendations. */
  disagreement: { criteria: string[]; oppositeRecommendations: boolean }
  outcome: AggregateOutcome
}

const round2 = (value: number) => Math.round(value * 100) / 100

/**
 * Aggregates the submitted evaluations of one practice under one rubric: per criterion the mean and
 * the spread, the weighted overall score, the recommendations, and the outcome. A large
 * disagreement (a criterion's spread above the setting, or one evaluator endorsing while another
 * does not) leaves the decision to an editor instead of labelling automatically.
 */
export function aggregateEvaluations(
  rubric: RubricForAggregation,
  evaluations: readonly SubmittedScores[],
  settings: AggregationSettings,
): AggregateResult {
  if (!evaluations.length) throw new Error('There is no submitted evaluation to aggregate.')
  const criteria = rubric.criteria.map(({ key, weight }) => {
    const scores = evaluations.map((evaluation) => {
      const found = evaluation.scores.find((score) => score.criterion === key)
      if (found == null || !Number.isFinite(found.score)) throw new Error(`An evaluation has no score for the criterion "${key}".`)
      return found.score
    })
    const min = Math.min(...scores)
    const max = Math.max(...scores)
    const mean = scores.reduce((sum, score) => sum + score, 0) / scores.length
    return { key, weight, mean: round2(mean), min, max, spread: max - min, exactMean: mean }
  })
  const totalWeight = criteria.reduce((sum, criterion) => sum + criterion.weight, 0)
  if (totalWeight <= 0) throw new Error('The rubric’s weights add up to nothing.')
  const overall = criteria.reduce((sum, criterion) => sum + criterion.weight * criterion.exactMean, 0) / totalWeight
  const range = rubric.scaleMax - rubric.scaleMin
  const overallPercent = range > 0 ? ((overall - rubric.scaleMin) / range) * 100 : 0

  const recommendations = Object.fromEntries(RECOMMENDATIONS.map((value) => [value, 0])) as Record<Recommendation, number>
  for (const evaluation of evaluations) recommendations[evaluation.recommendation]++

  const disagreement = {
    criteria: criteria.filter((criterion) => criterion.spread > settings.maxSpread).map((criterion) => criterion.key),
    oppositeRecommendations: recommendations.endorse > 0 && recommendations.do_not_endorse > 0,
  }
  const outcome: AggregateOutcome =
    disagreement.criteria.length || disagreement.oppositeRecommendations
      ? 'needs_consensus'
      : overallPercent >= settings.labelThreshold
        ? 'labelled'
        : 'not_labelled'

  return {
    criteria: criteria.map(({ exactMean: _exact, ...criterion }) => criterion),
    overall: round2(overall),
    overallPercent: Math.round(overallPercent * 10) / 10,
    evaluatorCount: evaluations.length,
    recommendations,
    disagreement,
    outcome,
  }
}

/** The day a label awarded on `awardedAt` expires. */
export function labelExpiry(awardedAt: Date, validityMonths: number): Date {
  const expires = new Date(awardedAt)
  const day = expires.getUTCDate()
  expires.setUTCDate(1)
  expires.setUTCMonth(expires.getUTCMonth() + validityMonths)
  // 31 January + 1 month is the last day of February, not 3 March.
  const lastDay = new Date(Date.UTC(expires.getUTCFullYear(), expires.getUTCMonth() + 1, 0)).getUTCDate()
  expires.setUTCDate(Math.min(day, lastDay))
  return expires
}

/** Whether a label still holds on `now`. */
export const labelIsCurrent = (expiresAt: string | Date | null | undefined, now = new Date()) =>
  expiresAt != null && new Date(expiresAt).getTime() > now.getTime()
