import { unstable_cache } from 'next/cache'
import type { Payload } from 'payload'
import { cache } from 'react'

import type { Locale } from '@/i18n/locales'
import { cacheTags } from '@/lib/cache/tags'
import { getPayloadClient } from '@/lib/payload'
import type { Rubric, Scorecard } from '@/payload-types'
import { labelIsCurrent } from './aggregate'
import { FINAL_RESULTS } from './rounds'

export type ScorecardCriterionView = {
  key: string
  /** The criterion's name in the rubric version the practice was evaluated under. */
  name: string
  weight: number
  /** The evaluators' mean. Lowest, highest and spread stay internal: with two evaluators they would give away each score. */
  mean: number
}

/** A practice's published evaluation result: aggregates only, never an individual evaluation. */
export type ScorecardView = {
  practiceId: number
  status: (typeof FINAL_RESULTS)[number]
  round: number
  overall: number
  overallPercent: number
  scaleMin: number
  scaleMax: number
  evaluatorCount: number
  evaluatedAt: string
  rubricVersion: number
  labelAwardedAt: string | null
  labelExpiresAt: string | null
  criteria: ScorecardCriterionView[]
  recommendations: { endorse: number; endorseAfterRevision: number; doNotEndorse: number }
  /** Evaluators who agreed to be named. */
  namedEvaluators: string[]
}

/** Whether the practice carries the label now, carried it once (re-validation due), or never did. */
export type LabelState = 'current' | 'expired' | 'none'

export function scorecardLabelState(scorecard: Pick<ScorecardView, 'labelAwardedAt' | 'labelExpiresAt'>, now = new Date()): LabelState {
  if (!scorecard.labelAwardedAt) return 'none'
  return labelIsCurrent(scorecard.labelExpiresAt, now) ? 'current' : 'expired'
}

const idOf = (value: number | { id: number }) => (typeof value === 'object' ? value.id : value)

function toScorecardView(scorecard: Scorecard, rubric: Rubric | null): ScorecardView {
  const names = new Map((rubric?.criteria ?? []).map((criterion) => [criterion.key, criterion.name]))
  return {
    practiceId: idOf(scorecard.practice),
    status: scorecard.status === 'labelled' ? 'labelled' : 'not_labelled',
    round: scorecard.round,
    overall: scorecard.overall,
    overallPercent: scorecard.overallPercent,
    scaleMin: rubric?.scaleMin ?? 0,
    scaleMax: rubric?.scaleMax ?? 4,
    evaluatorCount: scorecard.evaluatorCount,
    evaluatedAt: scorecard.computedAt,
    rubricVersion: scorecard.rubricVersion,
    labelAwardedAt: scorecard.labelAwardedAt ?? null,
    labelExpiresAt: scorecard.labelExpiresAt ?? null,
    criteria: (scorecard.criteria ?? []).map((criterion) => ({
      key: criterion.key,
      name: names.get(criterion.key) ?? criterion.key,
      weight: criterion.weight,
      mean: criterion.mean,
    })),
    recommendations: {
      endorse: scorecard.recommendations?.endorse ?? 0,
      endorseAfterRevision: scorecard.recommendations?.endorseAfterRevision ?? 0,
      doNotEndorse: scorecard.recommendations?.doNotEndorse ?? 0,
    },
    namedEvaluators: (scorecard.namedEvaluators ?? []).map((row) => row.name).filter(Boolean),
  }
}

/**
 * The latest final result (labelled or not) of a practice, read as an anonymous visitor: nothing
 * for an unpublished practice or a round still awaiting an editor's decision.
 */
export async function findPracticeScorecard(payload: Payload, practiceId: number, locale: Locale): Promise<ScorecardView | null> {
  const { docs } = await payload.find({
    collection: 'scorecards',
    where: { and: [{ practice: { equals: practiceId } }, { status: { in: [...FINAL_RESULTS] } }] },
    sort: '-round',
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: false,
  })
  const scorecard = docs[0]
  if (!scorecard) return null
  const rubric = await payload.findByID({ collection: 'rubrics', id: idOf(scorecard.rubric), locale, depth: 0, overrideAccess: false, disableErrors: true })
  return toScorecardView(scorecard, rubric)
}

/**
 * A practice's scorecard for its public page, cached until its result changes (or the practice
 * does: unpublishing it hides the result; or a rubric's wording is corrected).
 */
export const getPracticeScorecard = cache(
  async (practiceId: number, locale: Locale): Promise<ScorecardView | null> =>
    unstable_cache(async () => findPracticeScorecard(await getPayloadClient(), practiceId, locale), ['scorecard', String(practiceId), locale], {
      tags: [cacheTags.scorecard(practiceId), cacheTags.practices, cacheTags.methodology],
    })(),
)
