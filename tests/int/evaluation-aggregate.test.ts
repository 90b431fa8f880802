import { aggregateEvaluations, labelExpiry, labelIsCurrent, type Recommendation, type SubmittedScores } from '@/lib/evaluation/aggregate'

const rubric = {
  scaleMin: 0,
  scaleMax: 4,
  criteria: [
    { key: 'relevance', weight: 2 },
    { key: 'evidence', weight: 1 },
    { key: 'innovation', weight: 1 },
  ],
}
const settings = { labelThreshold: 70, maxSpread: 2, labelValidityMonths: 36 }

const evaluation = (scores: Record<string, number>, recommendation: Recommendation = 'endorse'): SubmittedScores => ({
  scores: Object.entries(scores).map(([criterion, score]) => ({ criterion, score })),
  recommendation,
})

describe('aggregating an evaluation round', () => {
  it('takes each criterion’s mean and spread, and weights the means into the overall score', () => {
    const result = aggregateEvaluations(
      rubric,
      [evaluation({ relevance: 4, evidence: 2, innovation: 3 }), evaluation({ relevance: 3, evidence: 2, innovation: 4 }, 'endorse_after_revision')],
      settings,
    )
    expect(result.criteria).toEqual([
      { key: 'relevance', weight: 2, mean: 3.5, min: 3, max: 4, spread: 1 },
      { key: 'evidence', weight: 1, mean: 2, min: 2, max: 2, spread: 0 },
      { key: 'innovation', weight: 1, mean: 3.5, min: 3, max: 4, spread: 1 },
    ])
    // (2 × 3.5 + 1 × 2 + 1 × 3.5) / 4 = 3.125 on 0–4, i.e. 78.125 %
    expect(result.overall).toBe(3.13)
    expect(result.overallPercent).toBe(78.1)
    expect(result.evaluatorCount).toBe(2)
    expect(result.recommendations).toEqual({ endorse: 1, endorse_after_revision: 1, do_not_endorse: 0 })
    expect(result.disagreement).toEqual({ criteria: [], oppositeRecommendations: false })
    expect(result.outcome).toBe('labelled')
  })

  it('weights the exact means, not the rounded ones, and measures percentages from the bottom of the scale', () => {
    const thirds = aggregateEvaluations({ scaleMin: 0, scaleMax: 4, criteria: [{ key: 'relevance', weight: 1 }] }, [3, 3, 4].map((score) => evaluation({ relevance: score })), settings)
    expect(thirds.criteria[0].mean).toBe(3.33)
    expect(thirds.overallPercent).toBe(83.3)

    const fromOne = aggregateEvaluations({ scaleMin: 1, scaleMax: 5, criteria: [{ key: 'relevance', weight: 1 }] }, [evaluation({ relevance: 3 }), evaluation({ relevance: 3 })], settings)
    expect(fromOne.overall).toBe(3)
    expect(fromOne.overallPercent).toBe(50)
  })

  it('labels a result exactly at the threshold, and not one just below it', () => {
    const single = { scaleMin: 0, scaleMax: 4, criteria: [{ key: 'relevance', weight: 1 }] }
    const round = [evaluation({ relevance: 3 }), evaluation({ relevance: 2 })] // mean 2.5 = 62.5 %
    expect(aggregateEvaluations(single, round, { ...settings, labelThreshold: 62.5 }).outcome).toBe('labelled')
    expect(aggregateEvaluations(single, round, { ...settings, labelThreshold: 62.6 }).outcome).toBe('not_labelled')
  })

  it('leaves the decision to an editor when a criterion’s spread exceeds the maximum, however high the score', () => {
    const atTheLimit = aggregateEvaluations(rubric, [evaluation({ relevance: 4, evidence: 4, innovation: 4 }), evaluation({ relevance: 2, evidence: 4, innovation: 4 })], settings)
    expect(atTheLimit.disagreement.criteria).toEqual([])
    expect(atTheLimit.outcome).toBe('labelled')

    const beyond = aggregateEvaluations(rubric, [evaluation({ relevance: 4, evidence: 4, innovation: 4 }), evaluation({ relevance: 4, evidence: 1, innovation: 4 })], settings)
    expect(beyond.criteria.find((criterion) => criterion.key === 'evidence')?.spread).toBe(3)
    expect(beyond.overallPercent).toBeGreaterThan(settings.labelThreshold)
    expect(beyond.disagreement).toEqual({ criteria: ['evidence'], oppositeRecommendations: false })
    expect(beyond.outcome).toBe('needs_consensus')
  })

  it('leaves the decision to an editor when one evaluator endorses and another does not', () => {
    const scores = { relevance: 3, evidence: 3, innovation: 3 }
    const opposite = aggregateEvaluations(rubric, [evaluation(scores, 'endorse'), evaluation(scores, 'do_not_endorse')], settings)
    expect(opposite.disagreement).toEqual({ criteria: [], oppositeRecommendations: true })
    expect(opposite.outcome).toBe('needs_consensus')

    const nuanced = aggregateEvaluations(rubric, [evaluation(scores, 'endorse'), evaluation(scores, 'endorse_after_revision')], settings)
    expect(nuanced.outcome).toBe('labelled')
    const bothAgainst = aggregateEvaluations(rubric, [evaluation(scores, 'do_not_endorse'), evaluation(scores, 'endorse_after_revision')], settings)
    expect(bothAgainst.disagreement.oppositeRecommendations).toBe(false)
  })

  it('refuses to aggregate nothing, or an evaluation missing a criterion', () => {
    expect(() => aggregateEvaluations(rubric, [], settings)).toThrow('no submitted evaluation')
    expect(() => aggregateEvaluations(rubric, [evaluation({ relevance: 3, evidence: 3 })], settings)).toThrow('"innovation"')
  })
})

describe('the label’s validity', () => {
  it.each([
    ['2025-01-31T10:00:00.000Z', 1, '2025-02-28T10:00:00.000Z'],
    ['2024-01-31T10:00:00.000Z', 1, '2024-02-29T10:00:00.000Z'],
    ['2024-02-29T00:00:00.000Z', 12, '2025-02-28T00:00:00.000Z'],
    ['2025-12-31T23:30:00.000Z', 1, '2026-01-31T23:30:00.000Z'],
    ['2025-03-15T08:00:00.000Z', 36, '2028-03-15T08:00:00.000Z'],
  ])('a label awarded on %s for %i month(s) expires on %s', (awarded, months, expires) => {
    expect(labelExpiry(new Date(awarded), months).toISOString()).toBe(expires)
  })

  it('holds until its expiry, and not from that moment on', () => {
    const now = new Date('2026-06-01T12:00:00.000Z')
    expect(labelIsCurrent('2026-06-01T12:00:00.001Z', now)).toBe(true)
    expect(labelIsCurrent(new Date('2029-01-01T00:00:00.000Z'), now)).toBe(true)
    expect(labelIsCurrent('2026-06-01T12:00:00.000Z', now)).toBe(false)
    expect(labelIsCurrent('2026-05-31T00:00:00.000Z', now)).toBe(false)
    expect(labelIsCurrent(null, now)).toBe(false)
    expect(labelIsCurrent(undefined, now)).toBe(false)
  })
})
