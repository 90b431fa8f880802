import type { Payload } from 'payload'

import type { Practice } from '@/payload-types'
import { closePayload, getTestPayload } from '../support/payload'
import { createPlace, createPractice, createStaff, type PlaceFixture } from '../support/practiceFixtures'
import { rest } from '../support/rest'

let payload: Payload
let place: PlaceFixture
let editor: Awaited<ReturnType<typeof createStaff>>
let communications: Awaited<ReturnType<typeof createStaff>>

beforeAll(async () => {
  payload = await getTestPayload()
  place = await createPlace(payload)
  editor = await createStaff(payload, 'editor')
  communications = await createStaff(payload, 'communications')
})

afterAll(async () => {
  await closePayload(payload)
})

const move = (id: number, to: string, options: { token?: string; comment?: string; language?: string } = {}) =>
  rest('POST', `/practices/${id}/workflow`, {
    token: options.token ?? editor.token,
    json: { to, comment: options.comment },
    headers: options.language ? { 'Accept-Language': options.language } : undefined,
  })

const history = async (id: number) =>
  (
    await payload.find({
      collection: 'practice-transitions',
      where: { practice: { equals: id } },
      sort: 'createdAt',
      overrideAccess: true,
      depth: 0,
    })
  ).docs.map((step) => ({ from: step.from ?? null, to: step.to, by: step.by, comment: step.comment ?? null }))

const publicRead = (id: number) =>
  payload.findByID({ collection: 'practices', id, overrideAccess: false, disableErrors: true, depth: 0 })

describe('the editorial workflow', () => {
  it('an editor moves a practice from review to publication, and every step is recorded with who and why', async () => {
    const practice = await createPractice(payload, place, 'in_review')
    expect(await publicRead(practice.id)).toBeNull()

    expect((await move(practice.id, 'approved', { comment: 'Figures checked' })).status).toBe(200)
    expect(await publicRead(practice.id)).toBeNull()

    const published = await move(practice.id, 'published')
    expect(published.status).toBe(200)
    expect((await published.json()).doc).toMatchObject({ workflowStatus: 'published', _status: 'published' })
    expect(await publicRead(practice.id)).toMatchObject({ id: practice.id, workflowStatus: 'published' })

    expect(await history(practice.id)).toEqual([
      { from: null, to: 'in_review', by: null, comment: null },
      { from: 'in_review', to: 'approved', by: editor.user.id, comment: 'Figures checked' },
      { from: 'approved', to: 'published', by: editor.user.id, comment: null },
    ])
  })

  it('the workflow history is visible on the practice in the admin (join field)', async () => {
    const practice = await createPractice(payload, place, 'in_review')
    await move(practice.id, 'approved')
    // The live document carries the join (Payload drops joins from draft versions, payloadcms/payload#11355).
    const seen = await payload.findByID({ collection: 'practices', id: practice.id, user: editor.user, overrideAccess: false, depth: 1 })
    const steps = (seen.transitions?.docs ?? []) as Array<{ to: string }>
    expect(steps.map((step) => step.to).sort()).toEqual(['approved', 'in_review'])
  })

  it('publishing a practice that is not approved is refused in the editor’s language and changes nothing', async () => {
    const practice = await createPractice(payload, place, 'in_review')
    const response = await rest('PATCH', `/practices/${practice.id}`, {
      token: editor.token,
      json: { _status: 'published' },
      headers: { 'Accept-Language': 'fr' },
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toContain('Seule une pratique approuvée peut être publiée')
    expect(await publicRead(practice.id)).toBeNull()
    expect((await history(practice.id)).map((step) => step.to)).toEqual(['in_review'])
  })

  it('a move the workflow does not allow is refused and not recorded', async () => {
    const practice = await createPractice(payload, place, 'submitted')
    const response = await move(practice.id, 'published', { language: 'es' })
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toContain('no puede pasar')
    expect(await publicRead(practice.id)).toBeNull()
    expect((await history(practice.id)).map((step) => step.to)).toEqual(['submitted'])
  })

  it('rejecting needs a reason, which is kept with the practice and in the history', async () => {
    const practice = await createPractice(payload, place, 'submitted')
    expect((await move(practice.id, 'rejected')).status).toBe(400)
    expect((await move(practice.id, 'rejected', { comment: 'No measured results yet' })).status).toBe(200)
    const rejected = await payload.findByID({ collection: 'practices', id: practice.id, overrideAccess: true, draft: true })
    expect(rejected.workflowStatus).toBe('rejected')
    expect(rejected.workflow?.rejectionReason).toBe('No measured results yet')
    expect((await history(practice.id)).at(-1)).toMatchObject({ from: 'submitted', to: 'rejected', comment: 'No measured results yet' })
  })

  it('only editors and admins move practices: other staff get 403, anonymous visitors 401', async () => {
    const practice = await createPractice(payload, place, 'in_review')
    expect((await move(practice.id, 'approved', { token: communications.token })).status).toBe(403)
    const anonymous = await rest('POST', `/practices/${practice.id}/workflow`, { json: { to: 'approved' } })
    expect(anonymous.status).toBe(401)
    expect((await history(practice.id)).map((step) => step.to)).toEqual(['in_review'])
  })

  it('a malformed request is refused with 400', async () => {
    const practice = await createPractice(payload, place, 'in_review')
    expect((await move(practice.id, 'vanished')).status).toBe(400)
    expect((await rest('POST', `/practices/not-a-number/workflow`, { token: editor.token, json: { to: 'approved' } })).status).toBe(400)
  })

  it('archiving a published practice takes it off the public site at once', async () => {
    const practice = await createPractice(payload, place, 'published')
    expect(await publicRead(practice.id)).not.toBeNull()
    expect((await move(practice.id, 'archived', { comment: 'Superseded' })).status).toBe(200)
    expect(await publicRead(practice.id)).toBeNull()
    const rest404 = await rest('GET', `/practices/${practice.id}`)
    expect(rest404.status).toBe(404)
  })

  it('a draft save of a published practice changes neither its state nor what the public reads', async () => {
    const practice = await createPractice(payload, place, 'published', { title: 'Public title' })
    const draft = await rest('PATCH', `/practices/${practice.id}?draft=true&autosave=true`, {
      token: editor.token,
      json: { title: 'Unfinished new title', workflowStatus: 'rejected' },
    })
    expect(draft.status).toBe(200)
    const seen = (await publicRead(practice.id)) as Practice
    expect(seen.title).toBe('Public title')
    expect(seen.workflowStatus).toBe('published')
    expect((await history(practice.id)).map((step) => step.to)).toEqual(['published'])
  })

  it('unpublishing from the admin returns the practice to approved, recorded', async () => {
    const practice = await createPractice(payload, place, 'published')
    const response = await rest('PATCH', `/practices/${practice.id}`, { token: editor.token, json: { _status: 'draft' } })
    expect(response.status).toBe(200)
    expect(await publicRead(practice.id)).toBeNull()
    const live = await payload.findByID({ collection: 'practices', id: practice.id, overrideAccess: true })
    expect(live.workflowStatus).toBe('approved')
    expect((await history(practice.id)).at(-1)).toMatchObject({ from: 'published', to: 'approved' })
  })

  it('the state cannot be set by writing the field directly', async () => {
    const practice = await createPractice(payload, place, 'in_review')
    const response = await rest('PATCH', `/practices/${practice.id}`, { token: editor.token, json: { workflowStatus: 'published' } })
    expect(response.status).toBe(200)
    const live = await payload.findByID({ collection: 'practices', id: practice.id, overrideAccess: true, draft: true })
    expect(live.workflowStatus).toBe('in_review')
    expect(await publicRead(practice.id)).toBeNull()
  })

  it('nobody writes the workflow history by hand, not even an admin through the API', async () => {
    const practice = await createPractice(payload, place, 'in_review')
    const admin = await createStaff(payload, 'admin')
    const response = await rest('POST', '/practice-transitions', { token: admin.token, json: { practice: practice.id, to: 'published' } })
    expect(response.status).toBe(403)
  })
})
