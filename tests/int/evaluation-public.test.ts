import type { Payload } from 'payload'

import { labelExpiry } from '@/lib/evaluation/aggregate'
import { findMethodology } from '@/lib/evaluation/methodology'
import { findPracticeScorecard, scorecardLabelState } from '@/lib/evaluation/scorecard'
import { evaluationRules } from '@/lib/evaluation/settings'
import type { Practice, Rubric, User } from '@/payload-types'
import { seedRubric } from '@/seed/reference/rubric'
import { createEvaluator, currentRubric, fillEvaluation } from '../support/evaluationFixtures'
import { drainJobs } from '../support/jobs'
import { closePayload, getTestPayload } from '../support/payload'
import { createPlace, createPractice, createStaff, type PlaceFixture } from '../support/practiceFixtures'
import { rest } from '../support/rest'

type Staff = { user: User; token: string }
type Answers = { scores?: Record<string, number>; recommendation?: string; nameOnScorecard?: boolean }

let payload: Payload
let place: PlaceFixture
let editor: Staff
let rubric: Rubric

beforeAll(async () => {
  process.env.JOBS_AUTORUN = 'false'
  payload = await getTestPayload()
  place = await createPlace(payload)
  editor = await createStaff(payload, 'editor')
  // The seeded rubric when this file runs first; otherwise whichever version another file made current.
  await seedRubric(payload)
  rubric = await currentRubric(payload)
})

afterAll(async () => {
  // Leaves no queued email behind for the next test file.
  await drainJobs(payload)
  await closePayload(payload)
})

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)

/** Two evaluators assigned by an editor, each filling in and submitting her evaluation through the real endpoints. */
async function evaluate(practice: Practice, first: Answers, second: Answers) {
  const evaluators = [await createEvaluator(payload), await createEvaluator(payload)]
  const assigned = await rest('POST', `/practices/${practice.id}/evaluators`, {
    token: editor.token,
    json: { evaluators: evaluators.map((evaluator) => evaluator.user.id), dueDate: inDays(14) },
  })
  expect(assigned.status).toBe(201)
  const { docs } = (await assigned.json()) as { docs: Array<{ id: number; evaluator: number }> }
  let outcome: { status: string; id: number } | null = null
  for (const [index, answers] of [first, second].entries()) {
    const evaluator = evaluators[index]
    const evaluationId = docs.find((doc) => doc.evaluator === evaluator.user.id)!.id
    const { scores = {}, ...extra } = answers
    await fillEvaluation(payload, evaluationId, evaluator.user, scores, extra)
    const submitted = await rest('POST', `/evaluations/${evaluationId}/submit`, { token: evaluator.token })
    expect(submitted.status).toBe(200)
    outcome = ((await submitted.json()) as { scorecard: { status: string; id: number } | null }).scorecard
  }
  return { evaluators, scorecard: outcome! }
}

const keys = () => (rubric.criteria ?? []).map((criterion) => criterion.key)
const scoresOf = (score: number, overrides: Record<string, number> = {}) => ({ ...Object.fromEntries(keys().map((key) => [key, score])), ...overrides })

describe('the methodology', () => {
  it('publishes the rubric in force, criterion by criterion, with the evaluation settings in force', async () => {
    const methodology = await findMethodology(payload, 'en')
    expect(methodology.rubric).toMatchObject({ version: rubric.version, title: rubric.title, scaleMin: rubric.scaleMin, scaleMax: rubric.scaleMax })
    expect(methodology.rubric?.criteria.map(({ key, name, weight }) => ({ key, name, weight }))).toEqual(
      (rubric.criteria ?? []).map(({ key, name, weight }) => ({ key, name, weight })),
    )
    for (const criterion of methodology.rubric?.criteria ?? []) {
      expect(criterion.levels.map((level) => level.score)).toEqual([...criterion.levels.map((level) => level.score)].sort((a, b) => a - b))
    }
    expect(methodology.rules).toEqual(await evaluationRules(payload))
  })
})

describe('the public scorecard', () => {
  it('after two evaluations, shows the means by criterion under their names, the overall score, the label and consenting evaluators only', async () => {
    const practice = await createPractice(payload, place, 'published')
    const [relevance, evidence] = keys()
    const { evaluators, scorecard } = await evaluate(
      practice,
      { scores: scoresOf(3, { [relevance]: 4, [evidence]: 3 }), nameOnScorecard: true },
      { scores: scoresOf(3, { [relevance]: 4, [evidence]: 4 }), recommendation: 'endorse_after_revision' },
    )
    expect(scorecard.status).toBe('labelled')

    const view = await findPracticeScorecard(payload, practice.id, 'fr')
    expect(view).not.toBeNull()
    const names = await payload.findByID({ collection: 'rubrics', id: rubric.id, locale: 'fr', depth: 0, overrideAccess: true })
    const expectedMeans = new Map(keys().map((key) => [key, key === relevance ? 4 : key === evidence ? 3.5 : 3]))
    expect(view?.criteria).toEqual(
      (names.criteria ?? []).map((criterion) => ({ key: criterion.key, name: criterion.name, weight: criterion.weight, mean: expectedMeans.get(criterion.key) })),
    )
    const weights = (rubric.criteria ?? []).map((criterion) => [criterion.weight, expectedMeans.get(criterion.key)!] as const)
    const overall = weights.reduce((sum, [weight, mean]) => sum + weight * mean, 0) / weights.reduce((sum, [weight]) => sum + weight, 0)
    expect(view?.overall).toBeCloseTo(overall, 2)
    expect(view?.overallPercent).toBeCloseTo(((overall - rubric.scaleMin) / (rubric.scaleMax - rubric.scaleMin)) * 100, 1)
    expect(view).toMatchObject({
      practiceId: practice.id,
      status: 'labelled',
      round: 1,
      scaleMin: rubric.scaleMin,
      scaleMax: rubric.scaleMax,
      evaluatorCount: 2,
      rubricVersion: rubric.version,
      recommendations: { endorse: 1, endorseAfterRevision: 1, doNotEndorse: 0 },
      namedEvaluators: [evaluators[0].user.name],
    })
    expect(scorecardLabelState(view!)).toBe('current')
    const rules = await evaluationRules(payload)
    expect(view?.labelExpiresAt).toBe(labelExpiry(new Date(view!.labelAwardedAt!), rules.labelValidityMonths).toISOString())

    // Aggregates only: nothing an individual evaluation holds.
    const published = JSON.stringify(view)
    expect(published).not.toContain('well documented')
    expect(published).not.toContain(evaluators[1].user.name)
    expect(published).not.toContain(evaluators[0].user.email)
  })

  it('a result below the threshold is shown without a label', async () => {
    const practice = await createPractice(payload, place, 'published')
    await evaluate(practice, { scores: scoresOf(1), recommendation: 'endorse_after_revision' }, { scores: scoresOf(1), recommendation: 'endorse_after_revision' })
    const view = await findPracticeScorecard(payload, practice.id, 'en')
    expect(view).toMatchObject({ status: 'not_labelled', labelAwardedAt: null, labelExpiresAt: null })
    expect(scorecardLabelState(view!)).toBe('none')
  })

  it('is not returned for an unpublished practice', async () => {
    const practice = await createPractice(payload, place, 'published')
    await evaluate(practice, { scores: scoresOf(4) }, { scores: scoresOf(4) })
    expect(await findPracticeScorecard(payload, practice.id, 'en')).not.toBeNull()
    await payload.update({ collection: 'practices', id: practice.id, overrideAccess: true, data: { _status: 'draft', workflowStatus: 'approved' } as never })
    expect(await findPracticeScorecard(payload, practice.id, 'en')).toBeNull()
  })

  it('is not returned while the evaluators’ disagreement awaits an editor’s decision, and is once the editor has decided', async () => {
    const practice = await createPractice(payload, place, 'published')
    const [relevance] = keys()
    const { scorecard } = await evaluate(practice, { scores: scoresOf(3, { [relevance]: 0 }) }, { scores: scoresOf(3, { [relevance]: 4 }) })
    expect(scorecard.status).toBe('needs_consensus')
    expect(await findPracticeScorecard(payload, practice.id, 'en')).toBeNull()

    const decided = await rest('POST', `/scorecards/${scorecard.id}/decide`, { token: editor.token, json: { label: true, reason: 'The evidence supports the higher relevance score.' } })
    expect(decided.status).toBe(200)
    const view = await findPracticeScorecard(payload, practice.id, 'en')
    expect(view?.status).toBe('labelled')
    expect(scorecardLabelState(view!)).toBe('current')
  })

  it('an expired label is no longer current; a re-evaluation’s result replaces the earlier one', async () => {
    const practice = await createPractice(payload, place, 'published')
    const { scorecard } = await evaluate(practice, { scores: scoresOf(4) }, { scores: scoresOf(4) })
    const awarded = new Date(Date.now() - 40 * 30 * 86_400_000)
    await payload.update({
      collection: 'scorecards',
      id: scorecard.id,
      overrideAccess: true,
      data: { labelAwardedAt: awarded.toISOString(), labelExpiresAt: labelExpiry(awarded, 36).toISOString() },
    })
    const expired = await findPracticeScorecard(payload, practice.id, 'en')
    expect(expired?.round).toBe(1)
    expect(scorecardLabelState(expired!)).toBe('expired')
    expect(scorecardLabelState(expired!, awarded)).toBe('current')

    await evaluate(practice, { scores: scoresOf(3) }, { scores: scoresOf(3) })
    const renewed = await findPracticeScorecard(payload, practice.id, 'en')
    expect(renewed?.round).toBe(2)
    expect(scorecardLabelState(renewed!)).toBe('current')
  })
})
