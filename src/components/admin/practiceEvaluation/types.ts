import type { Evaluation, Scorecard, User } from '@/payload-types'

export type EvaluatorSummary = Pick<User, 'id' | 'name' | 'email' | 'organisation'>

/** An evaluation as the practice's panel reads it (evaluator populated with name and organisation). */
export type PanelEvaluation = Pick<Evaluation, 'id' | 'status' | 'dueDate' | 'round' | 'submittedAt'> & {
  evaluator: number | EvaluatorSummary
}

export type PanelScorecard = Pick<
  Scorecard,
  'id' | 'round' | 'status' | 'overallPercent' | 'evaluatorCount' | 'labelExpiresAt' | 'disagreement' | 'computedAt'
>

export type ListResponse<T> = { docs: T[] }

export const evaluatorOf = (evaluation: PanelEvaluation): EvaluatorSummary | null =>
  typeof evaluation.evaluator === 'object' ? evaluation.evaluator : null

export const displayName = (person: Pick<User, 'name' | 'email'> | null, fallback: string): string =>
  person?.name || person?.email || fallback

/**
 * The round new assignments join, as the server decides it: the latest, unless its result is final.
 */
export function openRound(evaluations: PanelEvaluation[], latest: PanelScorecard | null): number {
  const round = Math.max(0, ...evaluations.map((evaluation) => evaluation.round ?? 0), latest?.round ?? 0)
  if (round === 0) return 1
  const closed = latest?.round === round && (latest.status === 'labelled' || latest.status === 'not_labelled')
  return closed ? round + 1 : round
}
