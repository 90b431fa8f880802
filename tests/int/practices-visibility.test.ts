import type { Payload } from 'payload'

import type { Practice } from '@/payload-types'
import { transitionPractice } from '@/lib/practices/transitionPractice'
import { closePayload, getTestPayload } from '../support/payload'
import { createPlace, createPractice, createStaff, type PlaceFixture } from '../support/practiceFixtures'
import { graphqlQuery, rest } from '../support/rest'
import { createLocalReq } from 'payload'

let payload: Payload
let place: PlaceFixture
let published: Practice
const hidden: Record<string, Practice> = {}
const marker = `vis${Date.now().toString(36)}`
const CONTACT_EMAIL = `contact-${marker}@example.org`
const SUBMITTER_EMAIL = `submitter-${marker}@example.org`

beforeAll(async () => {
  payload = await getTestPayload()
  place = await createPlace(payload)
  published = await createPractice(payload, place, 'published', {
    title: `Published ${marker}`,
    contacts: [{ name: 'Private Person', email: CONTACT_EMAIL, phone: '+33 1 23 45 67 89' }],
  })
  hidden.submitted = await createPractice(payload, place, 'submitted', {
    title: `Submitted ${marker}`,
    submission: { origin: 'public', name: 'Sam Submitter', email: SUBMITTER_EMAIL, emailConfirmedAt: new Date().toISOString() },
  })
  hidden.inReview = await createPractice(payload, place, 'in_review', { title: `In review ${marker}` })
  hidden.approved = await createPractice(payload, place, 'approved', { title: `Approved ${marker}` })
  const req = await createLocalReq({}, payload)
  const rejected = await createPractice(payload, place, 'submitted', { title: `Rejected ${marker}` })
  hidden.rejected = await transitionPractice({ id: rejected.id, to: 'rejected', comment: 'Out of scope', req, overrideAccess: true })
  const archived = await createPractice(payload, place, 'published', { title: `Archived ${marker}` })
  hidden.archived = await transitionPractice({ id: archived.id, to: 'archived', req, overrideAccess: true })
  // A published practice that a draft replicates: the draft must not show up through the join.
  hidden.draftReplication = await createPractice(payload, place, 'in_review', { title: `Draft replication ${marker}`, replicates: published.id })
})

afterAll(async () => {
  await closePayload(payload)
})

const titlesIn = (body: unknown) => JSON.stringify(body).match(new RegExp(`[A-Za-z ]+ ${marker}`, 'g')) ?? []

describe('what an anonymous visitor can read of practices', () => {
  it('REST lists and counts only the published practice, whatever the query asks for', async () => {
    for (const query of ['', '&draft=true']) {
      const list = await (await rest('GET', `/practices?where[title][like]=${marker}${query}&limit=50`)).json()
      expect(titlesIn(list.docs)).toEqual([`Published ${marker}`])
    }
    for (const query of ['&where[workflowStatus][equals]=submitted', '&where[_status][equals]=draft', '&where[workflowStatus][not_equals]=published']) {
      const list = await (await rest('GET', `/practices?where[title][like]=${marker}${query}&draft=true&limit=50`)).json()
      expect(titlesIn(list.docs)).toEqual([])
    }
    const count = await (await rest('GET', `/practices/count?where[title][like]=${marker}`)).json()
    expect(count.totalDocs).toBe(1)
  })

  it.each(['submitted', 'inReview', 'approved', 'rejected', 'archived', 'draftReplication'])(
    'REST and GraphQL single reads of a %s practice answer 404 / null',
    async (key) => {
      const practice = hidden[key]
      expect((await rest('GET', `/practices/${practice.id}`)).status).toBe(404)
      expect((await rest('GET', `/practices/${practice.id}?draft=true`)).status).toBe(404)
      const result = await graphqlQuery(`{ Practice(id: ${practice.id}, draft: true) { id title } }`)
      expect(result.data?.Practice ?? null).toBeNull()
    },
  )

  it('GraphQL lists only the published practice', async () => {
    const result = await graphqlQuery(`{ Practices(draft: true, where: { title: { like: "${marker}" } }, limit: 50) { docs { title } totalDocs } }`)
    expect(titlesIn(result.data)).toEqual([`Published ${marker}`])
  })

  it('versions and the workflow history are closed to the public', async () => {
    expect((await rest('GET', '/practices/versions')).status).toBe(403)
    expect([401, 403]).toContain((await rest('GET', '/practice-transitions')).status)
    const single = await (await rest('GET', `/practices/${published.id}?depth=1`)).json()
    expect(single.transitions?.docs ?? []).toEqual([])
  })

  it('the replication family shows no unpublished practice', async () => {
    const single = await (await rest('GET', `/practices/${published.id}?depth=1`)).json()
    expect(titlesIn(single.replications)).toEqual([])
    const gql = await graphqlQuery(`{ Practice(id: ${published.id}) { replications { docs { title } } } }`)
    expect(titlesIn(gql.data)).toEqual([])
  })

  it('contacts and submitter details never reach anonymous visitors, by REST or GraphQL', async () => {
    const list = await (await rest('GET', `/practices?where[title][like]=${marker}&depth=2`)).json()
    const single = await (await rest('GET', `/practices/${published.id}?depth=2`)).json()
    const gql = await graphqlQuery(`{ Practices(where: { title: { like: "${marker}" } }) { docs { title contacts { name email } submission { email } } } }`)
    for (const body of [list, single, gql]) {
      const text = JSON.stringify(body)
      expect(text).not.toContain(CONTACT_EMAIL)
      expect(text).not.toContain('Private Person')
      expect(text).not.toContain(SUBMITTER_EMAIL)
    }
    expect(single.contacts ?? []).toEqual([])
  })

  it('a city read with depth does not leak practices through relationships', async () => {
    const city = await (await rest('GET', `/cities/${place.cityId}?depth=3`)).json()
    expect(titlesIn(city)).toEqual([])
  })
})

describe('what signed-in staff can read', () => {
  it('a signed-in editor sees the contacts and the submitter', async () => {
    const { token } = await createStaff(payload, 'editor')
    const single = await (await rest('GET', `/practices/${published.id}`, { token })).json()
    expect(JSON.stringify(single.contacts)).toContain(CONTACT_EMAIL)
    const submitted = await (await rest('GET', `/practices/${hidden.submitted.id}?draft=true`, { token })).json()
    expect(submitted.submission?.email).toBe(SUBMITTER_EMAIL)
  })

  it('other staff see contacts (signed in) but not the submitter’s personal details', async () => {
    const { token } = await createStaff(payload, 'communications')
    const single = await (await rest('GET', `/practices/${hidden.submitted.id}?draft=true`, { token })).json()
    expect(single.title).toBe(`Submitted ${marker}`)
    expect(JSON.stringify(single)).not.toContain(SUBMITTER_EMAIL)
  })

  it('an editor does not see a public submission until its email is confirmed; an admin does', async () => {
    const unconfirmed = await createPractice(payload, place, 'submitted', {
      title: `Unconfirmed ${marker}`,
      submission: { origin: 'public', name: 'Spammy', email: `spam-${marker}@example.org` },
    })
    const editor = await createStaff(payload, 'editor')
    expect((await rest('GET', `/practices/${unconfirmed.id}?draft=true`, { token: editor.token })).status).toBe(404)
    const admin = await createStaff(payload, 'admin')
    expect((await rest('GET', `/practices/${unconfirmed.id}?draft=true`, { token: admin.token })).status).toBe(200)
  })
})
