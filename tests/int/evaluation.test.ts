import type { Payload } from 'payload'

import type { Evaluation, Practice, User } from '@/payload-types'
import { createEvaluator, currentRubric, fillEvaluation } from '../support/evaluationFixtures'
import { drainJobs } from '../support/jobs'
import { closePayload, getTestPayload } from '../support/payload'
import { createPlace, createPractice, createStaff, type PlaceFixture } from '../support/practiceFixtures'
import { ResendStub } from '../support/resendStub'
import { graphqlQuery, rest } from '../support/rest'

type Staff = { user: User; token: string }

let payload: Payload
let place: PlaceFixture
let editor: Staff
const stub = new ResendStub()

beforeAll(async () => {
  process.env.JOBS_AUTORUN = 'false'
  payload = await getTestPayload()
  process.env.RESEND_BASE_URL = await stub.start()
  process.env.RESEND_API_KEY = 're_test_evaluation'
  place = await createPlace(payload)
  editor = await createStaff(payload, 'editor')
  await currentRubric(payload)
})

afterAll(async () => {
  // Leaves no queued email behind for the next test file.
  await drainJobs(payload)
  delete process.env.RESEND_API_KEY
  delete process.env.RESEND_BASE_URL
  await stub.stop()
  await closePayload(payload)
})

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)

async function assign(practice: Practice, evaluators: Staff[], options: { token?: string; language?: string; dueDate?: string } = {}) {
  return rest('POST', `/practices/${practice.id}/evaluators`, {
    token: options.token ?? editor.token,
    headers: options.language ? { 'Accept-Language': options.language } : undefined,
    json: { evaluators: evaluators.map((evaluator) => evaluator.user.id), dueDate: options.dueDate ?? inDays(14) },
  })
}

async function assignedPair(practice?: Practice) {
  const target = practice ?? (await createPractice(payload, place, 'published'))
  const first = await createEvaluator(payload)
  const second = await createEvaluator(payload)
  const response = await assign(target, [first, second])
  expect(response.status).toBe(201)
  const { docs } = (await response.json()) as { docs: Array<{ id: number; evaluator: number }> }
  const idOf = (evaluator: Staff) => docs.find((doc) => doc.evaluator === evaluator.user.id)!.id
  return { practice: target, first, second, firstEvaluation: idOf(first), secondEvaluation: idOf(second) }
}

const submit = (evaluationId: number, who: Staff) => rest('POST', `/evaluations/${evaluationId}/submit`, { token: who.token })
const messagesOf = async (response: Response) => ((await response.json()) as { errors: Array<{ message: string }> }).errors.map((error) => error.message).join(' ')

describe('assigning evaluators', () => {
  it('needs at least the minimum number of evaluators, and says so in the editor’s language', async () => {
    const practice = await createPractice(payload, place, 'published')
    const response = await assign(practice, [await createEvaluator(payload)], { language: 'fr' })
    expect(response.status).toBe(400)
    expect(await messagesOf(response)).toContain('au moins 2 évaluateurs')
    expect((await payload.count({ collection: 'evaluations', where: { practice: { equals: practice.id } }, overrideAccess: true })).totalDocs).toBe(0)
  })

  it('refuses an evaluator from the practice’s lead city or organisation, and assigns nobody', async () => {
    const practice = await createPractice(payload, place, 'published', { leadOrganisation: 'Ville de Testville' })
    const fromTheCity = await createEvaluator(payload, { city: place.cityId })
    const sameCity = await assign(practice, [await createEvaluator(payload), fromTheCity])
    expect(`${sameCity.status} ${await sameCity.clone().text()}`).toMatch(/^409/)
    expect(await messagesOf(sameCity)).toContain('same city')
    const fromTheOrganisation = await createEvaluator(payload, { organisation: 'ville de  TESTVILLE' })
    const sameOrganisation = await assign(practice, [await createEvaluator(payload), fromTheOrganisation])
    expect(sameOrganisation.status).toBe(409)
    expect(await messagesOf(sameOrganisation)).toContain('same organisation')
    expect((await payload.count({ collection: 'evaluations', where: { practice: { equals: practice.id } }, overrideAccess: true })).totalDocs).toBe(0)
  })

  it('refuses someone without the evaluator role, and anyone but an editor', async () => {
    const practice = await createPractice(payload, place, 'published')
    const notAnEvaluator = await createStaff(payload, 'communications')
    expect((await assign(practice, [await createEvaluator(payload), notAnEvaluator])).status).toBe(400)
    const evaluator = await createEvaluator(payload)
    expect((await assign(practice, [evaluator, await createEvaluator(payload)], { token: evaluator.token })).status).toBe(403)
    expect((await rest('POST', `/practices/${practice.id}/evaluators`, { json: { evaluators: [1, 2] } })).status).toBe(401)
  })

  it('emails each evaluator, with one row to fill per criterion of the current rubric', async () => {
    const { first, firstEvaluation } = await assignedPair()
    const evaluation = await payload.findByID({ collection: 'evaluations', id: firstEvaluation, overrideAccess: true, depth: 0 })
    const rubric = await currentRubric(payload)
    expect(evaluation.status).toBe('assigned')
    expect(evaluation.scores?.map((row) => row.criterion)).toEqual(rubric.criteria?.map((criterion) => criterion.key))
    const outbox = await payload.find({ collection: 'email-deliveries', where: { to: { equals: first.user.email } }, overrideAccess: true })
    expect(outbox.docs).toHaveLength(1)
    expect(outbox.docs[0].subject).toMatch(/^Evaluation assigned/)
  })
})

describe('blind evaluation', () => {
  it('an evaluator sees no other evaluation of the practice until she has submitted hers: Local API, REST and GraphQL', async () => {
    const { first, second, firstEvaluation, secondEvaluation, practice } = await assignedPair()
    await fillEvaluation(payload, secondEvaluation, second.user, { relevance: 4 })

    const local = await payload.find({ collection: 'evaluations', where: { practice: { equals: practice.id } }, overrideAccess: false, user: first.user })
    expect(local.docs.map((doc) => doc.id)).toEqual([firstEvaluation])
    await expect(payload.findByID({ collection: 'evaluations', id: secondEvaluation, overrideAccess: false, user: first.user })).rejects.toMatchObject({ status: 404 })

    const list = await rest('GET', `/evaluations?where[practice][equals]=${practice.id}&depth=0`, { token: first.token })
    expect(((await list.json()) as { docs: Evaluation[] }).docs.map((doc) => doc.id)).toEqual([firstEvaluation])
    expect((await rest('GET', `/evaluations/${secondEvaluation}`, { token: first.token })).status).toBe(404)
    const count = await rest('GET', `/evaluations/count?where[practice][equals]=${practice.id}`, { token: first.token })
    expect(((await count.json()) as { totalDocs: number }).totalDocs).toBe(1)

    const graph = await graphqlQuery(`{ Evaluations(where: { practice: { equals: ${practice.id} } }) { docs { id scores { score justification } } } }`, first.token)
    expect((graph.data?.Evaluations as { docs: Array<{ id: number }> }).docs.map((doc) => doc.id)).toEqual([firstEvaluation])
    const single = await graphqlQuery(`{ Evaluation(id: ${secondEvaluation}) { id scores { score } } }`, first.token)
    expect(single.data?.Evaluation ?? null).toBeNull()

    await fillEvaluation(payload, firstEvaluation, first.user, { relevance: 3 })
    expect((await submit(firstEvaluation, first)).status).toBe(200)
    const after = await rest('GET', `/evaluations?where[practice][equals]=${practice.id}&depth=0&sort=id`, { token: first.token })
    expect(((await after.json()) as { docs: Evaluation[] }).docs.map((doc) => doc.id).sort()).toEqual([firstEvaluation, secondEvaluation].sort())
  })

  it('the public and other staff never read an evaluation, through REST or GraphQL', async () => {
    const { firstEvaluation } = await assignedPair()
    expect((await rest('GET', `/evaluations/${firstEvaluation}`)).status).toBe(403)
    expect((await rest('GET', '/evaluations')).status).toBe(403)
    const anonymous = await graphqlQuery(`{ Evaluations { docs { id } } }`)
    expect(anonymous.data?.Evaluations ?? null).toBeNull()
    const communications = await createStaff(payload, 'communications')
    expect((await rest('GET', `/evaluations/${firstEvaluation}`, { token: communications.token })).status).toBe(403)
  })
})

describe('submitting', () => {
  it('refuses an incomplete evaluation, listing what is missing', async () => {
    const { first, firstEvaluation } = await assignedPair()
    const response = await submit(firstEvaluation, first)
    expect(response.status).toBe(400)
    const message = await messagesOf(response)
    expect(message).toContain('give a score')
    expect(message).toContain('overall recommendation')
    expect(message).toContain('conflict of interest')
    expect((await payload.findByID({ collection: 'evaluations', id: firstEvaluation, overrideAccess: true })).status).toBe('assigned')
  })

  it('only its evaluator submits an evaluation', async () => {
    const { second, firstEvaluation, first } = await assignedPair()
    await fillEvaluation(payload, firstEvaluation, first.user, {})
    expect((await submit(firstEvaluation, second)).status).toBe(403)
    expect((await submit(firstEvaluation, editor)).status).toBe(403)
  })

  it('a submitted evaluation cannot be changed by its author or an editor; an editor reopens it with a reason', async () => {
    const { first, firstEvaluation } = await assignedPair()
    await fillEvaluation(payload, firstEvaluation, first.user, { relevance: 2 })
    expect((await submit(firstEvaluation, first)).status).toBe(200)

    const byAuthor = await rest('PATCH', `/evaluations/${firstEvaluation}`, { token: first.token, json: { recommendation: 'do_not_endorse' } })
    expect([403, 404]).toContain(byAuthor.status)
    const byEditor = await rest('PATCH', `/evaluations/${firstEvaluation}`, { token: editor.token, json: { dueDate: inDays(30) } })
    expect(byEditor.status).toBe(403)
    const stored = await payload.findByID({ collection: 'evaluations', id: firstEvaluation, overrideAccess: true })
    expect(stored.recommendation).toBe('endorse')
    expect(stored.scores?.find((row) => row.criterion === 'relevance')?.score ?? stored.scores?.[0].score).toBeDefined()

    expect((await rest('POST', `/evaluations/${firstEvaluation}/reopen`, { token: editor.token, json: { reason: 'short' } })).status).toBe(400)
    expect((await rest('POST', `/evaluations/${firstEvaluation}/reopen`, { token: first.token, json: { reason: 'I want to change it.' } })).status).toBe(403)
    const reopened = await rest('POST', `/evaluations/${firstEvaluation}/reopen`, { token: editor.token, json: { reason: 'Please justify the evidence score.' } })
    expect(reopened.status).toBe(200)
    const after = await payload.findByID({ collection: 'evaluations', id: firstEvaluation, overrideAccess: true })
    expect(after.status).toBe('in_progress')
    expect(after.reopenings?.[0]?.reason).toBe('Please justify the evidence score.')
    const changed = await payload.update({ collection: 'evaluations', id: firstEvaluation, overrideAccess: false, user: first.user, data: { recommendation: 'endorse_after_revision' } })
    expect(changed.recommendation).toBe('endorse_after_revision')
  })

  it('an evaluator who declares a conflict is taken off, and cannot be assigned to that practice again in the round', async () => {
    const { first, firstEvaluation, practice } = await assignedPair()
    const declared = await rest('POST', `/evaluations/${firstEvaluation}/declare-conflict`, { token: first.token, json: { reason: 'I advised this city in 2023.' } })
    expect(declared.status).toBe(200)
    expect((await payload.findByID({ collection: 'evaluations', id: firstEvaluation, overrideAccess: true })).status).toBe('declined')
    const again = await assign(practice, [first])
    expect(again.status).toBe(409)
  })
})

describe('the result', () => {
  it('appears once both evaluations are in, is public only for a public practice, and never names evaluators unasked', async () => {
    const { practice, first, second, firstEvaluation, secondEvaluation } = await assignedPair()
    await fillEvaluation(payload, firstEvaluation, first.user, { relevance: 4, evidence: 3, transferability: 3 }, { nameOnScorecard: true })
    expect((await submit(firstEvaluation, first)).status).toBe(200)
    expect((await payload.find({ collection: 'scorecards', where: { practice: { equals: practice.id } }, overrideAccess: true })).totalDocs).toBe(0)
    await fillEvaluation(payload, secondEvaluation, second.user, { relevance: 4, evidence: 4, transferability: 3 })
    const response = await submit(secondEvaluation, second)
    expect(((await response.json()) as { scorecard: { status: string } }).scorecard.status).toBe('labelled')

    const publicList = await rest('GET', `/scorecards?where[practice][equals]=${practice.id}`)
    const [scorecard] = ((await publicList.json()) as { docs: Array<Record<string, unknown>> }).docs
    expect(scorecard).toMatchObject({ evaluatorCount: 2, status: 'labelled' })
    expect(scorecard.namedEvaluators).toEqual([{ id: expect.any(String), name: first.user.name }])
    expect(scorecard.decision).toBeUndefined()

    // Unpublished, the practice takes its result with it.
    await payload.update({ collection: 'practices', id: practice.id, overrideAccess: true, data: { _status: 'draft', workflowStatus: 'approved' } as never })
    const hidden = await rest('GET', `/scorecards?where[practice][equals]=${practice.id}`)
    expect(((await hidden.json()) as { docs: unknown[] }).docs).toHaveLength(0)
  })
})

describe('rubric versions', () => {
  it('a duplicated rubric is the next version, a draft, and old evaluations keep the version they were made under', async () => {
    const { firstEvaluation } = await assignedPair()
    const rubric = await currentRubric(payload)
    const copy = await payload.duplicate({ collection: 'rubrics', id: rubric.id, overrideAccess: false, user: editor.user })
    const latest = await payload.find({ collection: 'rubrics', sort: '-version', limit: 1, overrideAccess: true })
    expect(copy.version).toBe(latest.docs[0].version)
    expect(copy.version).toBeGreaterThan(rubric.version)
    expect(copy.status).toBe('draft')
    expect(copy.criteria?.map((criterion) => criterion.key)).toEqual(rubric.criteria?.map((criterion) => criterion.key))
    const evaluation = await payload.findByID({ collection: 'evaluations', id: firstEvaluation, overrideAccess: true, depth: 0 })
    expect(evaluation.rubric).toBe(rubric.id)
    await payload.delete({ collection: 'rubrics', id: copy.id, overrideAccess: true })
    await expect(payload.delete({ collection: 'rubrics', id: rubric.id, overrideAccess: true })).rejects.toMatchObject({ status: 400 })
  })
})

describe('export', () => {
  it('gives editors the evaluations submitted in a period as CSV; refuses others and bad periods', async () => {
    const { first, firstEvaluation } = await assignedPair()
    await fillEvaluation(payload, firstEvaluation, first.user, { relevance: 1 }, { comments: '=HYPERLINK("http://evil")' })
    expect((await submit(firstEvaluation, first)).status).toBe(200)
    const today = new Date().toISOString().slice(0, 10)
    const response = await rest('GET', `/evaluations/export.csv?from=${today}&to=${today}`, { token: editor.token })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('text/csv')
    const csv = await response.text()
    expect(csv.split('\n')[0]).toContain('relevance_score')
    expect(csv).toContain(first.user.email)
    expect(csv).toContain(`'=HYPERLINK`)
    expect((await rest('GET', `/evaluations/export.csv?from=${today}&to=${today}`, { token: first.token })).status).toBe(403)
    expect((await rest('GET', `/evaluations/export.csv?from=${today}&to=${today}`)).status).toBe(401)
    expect((await rest('GET', `/evaluations/export.csv?from=${today}&to=2020-01-01`, { token: editor.token })).status).toBe(400)
  })
})

describe('reminders', () => {
  it('emails an evaluator before the due date, once, observed at the Resend test server', async () => {
    const practice = await createPractice(payload, place, 'published')
    const first = await createEvaluator(payload, { language: 'pt' })
    const second = await createEvaluator(payload)
    expect((await assign(practice, [first, second], { dueDate: inDays(2) })).status).toBe(201)
    await payload.jobs.queue({ task: 'remindEvaluators', input: {} })
    await drainJobs(payload)
    const toFirst = () => stub.delivered.filter((request) => JSON.stringify((request.body as { to: unknown }).to).includes(first.user.email))
    const subjects = toFirst().map((request) => (request.body as { subject: string }).subject)
    expect(subjects.some((subject) => subject.startsWith('Lembrete'))).toBe(true)
    await payload.jobs.queue({ task: 'remindEvaluators', input: {} })
    await drainJobs(payload)
    expect(toFirst().filter((request) => (request.body as { subject: string }).subject.startsWith('Lembrete'))).toHaveLength(1)
  })
})
