import type { Payload } from 'payload'

import { revalidationQueue, consensusQueue } from '@/collections/Scorecards/admin/revalidation'
import { myEvaluationQueue } from '@/components/admin/myEvaluations/queue'
import type { Practice, Rubric, User } from '@/payload-types'
import { createEvaluator, currentRubric, fillEvaluation } from '../support/evaluationFixtures'
import { drainJobs } from '../support/jobs'
import { closePayload, getTestPayload } from '../support/payload'
import { createPlace, createPractice, createStaff, type PlaceFixture } from '../support/practiceFixtures'
import { rest } from '../support/rest'

type Staff = { user: User; token: string }

let payload: Payload
let place: PlaceFixture
let editor: Staff
let rubric: Rubric

beforeAll(async () => {
  process.env.JOBS_AUTORUN = 'false'
  payload = await getTestPayload()
  place = await createPlace(payload)
  editor = await createStaff(payload, 'editor')
  rubric = await currentRubric(payload)
})

afterAll(async () => {
  // The assignment emails queued here are not this file's concern.
  await drainJobs(payload)
  await closePayload(payload)
})

const DAY = 86_400_000
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10)

async function assign(practice: Practice, evaluators: Staff[]): Promise<Map<number, number>> {
  const response = await rest('POST', `/practices/${practice.id}/evaluators`, {
    token: editor.token,
    json: { evaluators: evaluators.map((evaluator) => evaluator.user.id), dueDate: inDays(14) },
  })
  expect(response.status).toBe(201)
  const { docs } = (await response.json()) as { docs: Array<{ id: number; evaluator: number }> }
  return new Map(docs.map((doc) => [doc.evaluator, doc.id]))
}

describe('My evaluations', () => {
  it('lists only the evaluator’s own evaluations, an open one past its due date as overdue, a submitted one apart', async () => {
    const [late, done, open] = [
      await createPractice(payload, place, 'published'),
      await createPractice(payload, place, 'published'),
      await createPractice(payload, place, 'published'),
    ]
    const first = await createEvaluator(payload)
    const second = await createEvaluator(payload)
    const lateIds = await assign(late, [first, second])
    const doneIds = await assign(done, [first, second])
    const openIds = await assign(open, [first, second])
    // The due date passes (assignments refuse a past date, so the system moves it).
    await payload.update({
      collection: 'evaluations',
      id: lateIds.get(first.user.id)!,
      data: { dueDate: new Date(Date.now() - DAY).toISOString() },
      overrideAccess: true,
      context: { evaluationSystem: true },
    })
    await fillEvaluation(payload, doneIds.get(first.user.id)!, first.user, {})
    expect((await rest('POST', `/evaluations/${doneIds.get(first.user.id)}/submit`, { token: first.token })).status).toBe(200)

    const queue = await myEvaluationQueue(payload, first.user)
    const ids = (group: keyof typeof queue) => queue[group].map((item) => item.id)
    expect(ids('overdue')).toEqual([lateIds.get(first.user.id)])
    expect(ids('assigned')).toEqual([openIds.get(first.user.id)])
    expect(ids('in_progress')).toEqual([])
    expect(ids('submitted')).toEqual([doneIds.get(first.user.id)])
    expect(queue.submitted[0].practiceTitle).toBe(done.title)
    // Having submitted, she may read her colleague's evaluation of that practice: it is still not in her queue.
    const all = Object.values(queue).flat().map((item) => item.id)
    for (const ids of [lateIds, doneIds, openIds]) expect(all).not.toContain(ids.get(second.user.id))
  })
})

describe('Editors’ queues of results', () => {
  async function result(practice: Practice, round: number, status: 'labelled' | 'needs_consensus', expiresInDays: number | null) {
    return payload.create({
      collection: 'scorecards',
      overrideAccess: true,
      data: {
        practice: practice.id,
        round,
        status,
        rubric: rubric.id,
        rubricVersion: rubric.version,
        evaluatorCount: 2,
        computedAt: new Date().toISOString(),
        overall: 3.5,
        overallPercent: 87.5,
        labelAwardedAt: status === 'labelled' ? new Date().toISOString() : null,
        labelExpiresAt: expiresInDays === null ? null : new Date(Date.now() + expiresInDays * DAY).toISOString(),
      },
    })
  }

  /** The results an editor sees when following a queue's link (its filter read by the REST API). */
  async function listed(href: string): Promise<number[]> {
    const query = href.slice(href.indexOf('?'))
    const response = await rest('GET', `/scorecards${query}&depth=0&limit=500`, { token: editor.token })
    expect(response.status).toBe(200)
    return ((await response.json()) as { docs: Array<{ id: number }> }).docs.map((doc) => doc.id)
  }

  it('lists labels expiring within the notice period or expired, but not one renewed by a later round', async () => {
    const [expiring, expired, renewed, lasting] = [
      await createPractice(payload, place, 'published'),
      await createPractice(payload, place, 'published'),
      await createPractice(payload, place, 'published'),
      await createPractice(payload, place, 'published'),
    ]
    const soon = await result(expiring, 1, 'labelled', 20)
    const past = await result(expired, 1, 'labelled', -20)
    const renewedOld = await result(renewed, 1, 'labelled', 10)
    const renewedNew = await result(renewed, 2, 'labelled', 3 * 365)
    const later = await result(lasting, 1, 'labelled', 2 * 365)

    const queue = await revalidationQueue(payload, editor.user)
    const ids = await listed(queue.href)
    expect(ids).toEqual(expect.arrayContaining([soon.id, past.id]))
    for (const id of [renewedOld.id, renewedNew.id, later.id]) expect(ids).not.toContain(id)
    expect(queue.count).toBe(ids.length)
  })

  it('lists the results waiting for an editor’s decision', async () => {
    const practice = await createPractice(payload, place, 'published')
    const pending = await result(practice, 1, 'needs_consensus', null)
    const queue = await consensusQueue(payload, editor.user)
    const ids = await listed(queue.href)
    expect(ids).toContain(pending.id)
    expect(queue.count).toBe(ids.length)
  })
})
