import type { PayloadRequest } from 'payload'

/** Scorecard statuses the public sees: a round closed with a result. */
export const FINAL_RESULTS = ['labelled', 'not_labelled'] as const

/**
 * The evaluation round that new assignments of a practice join: the latest one, unless its result
 * is final (then a new round starts, e.g. to re-validate an expiring label).
 */
export async function openRound(practiceId: number, req: PayloadRequest): Promise<number> {
  const [evaluation, scorecard] = [
    await req.payload.find({ collection: 'evaluations', where: { practice: { equals: practiceId } }, sort: '-round', limit: 1, depth: 0, overrideAccess: true, req, select: { round: true } }),
    await req.payload.find({ collection: 'scorecards', where: { practice: { equals: practiceId } }, sort: '-round', limit: 1, depth: 0, overrideAccess: true, req, select: { round: true, status: true } }),
  ]
  const latest = Math.max(evaluation.docs[0]?.round ?? 0, scorecard.docs[0]?.round ?? 0)
  if (latest === 0) return 1
  const closed = scorecard.docs[0]?.round === latest && (FINAL_RESULTS as readonly string[]).includes(scorecard.docs[0].status ?? '')
  return closed ? latest + 1 : latest
}
