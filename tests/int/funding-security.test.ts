import type { Payload } from 'payload'

import { createFundingAction } from '../support/fundingFixtures'
import { uniqueSuffix } from '../support/practiceFixtures'
import { closePayload, getTestPayload } from '../support/payload'
import { graphqlQuery, rest } from '../support/rest'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})
afterAll(async () => {
  await closePayload(payload)
})

describe('funding actions through the public API', () => {
  it('never shows a draft, nor the draft version of a published action', async () => {
    const marker = `fsec${uniqueSuffix().replace(/[^a-z0-9]/g, '')}`
    const draft = await createFundingAction(payload, { title: `${marker} draft` }, { draft: true })
    const published = await createFundingAction(payload, { title: `${marker} live` })
    await payload.update({
      collection: 'funding-actions', id: published.id, draft: true, overrideAccess: true,
      data: { title: `${marker} unpublished edit` }, context: { disableRevalidate: true },
    })

    const list = await (await rest('GET', `/funding-actions?where[title][like]=${marker}&limit=50`)).json()
    expect(list.docs.map((doc: { title: string }) => doc.title)).toEqual([`${marker} live`])
    // Asking for drafts gets the public nothing more (Payload reads the latest versions, which it filters to published ones).
    const drafts = await (await rest('GET', `/funding-actions?where[title][like]=${marker}&draft=true&limit=50`)).json()
    expect(drafts.docs.filter((doc: { title: string }) => doc.title !== `${marker} live`)).toEqual([])
    expect((await rest('GET', `/funding-actions/${draft.id}`)).status).toBe(404)
    expect((await rest('GET', `/funding-actions/${draft.id}?draft=true`)).status).toBe(404)
    expect((await rest('GET', '/funding-actions/versions')).status).toBe(403)
    const gql = await graphqlQuery(`{ FundingActions(draft: true, where: { title: { like: "${marker}" } }) { docs { title } totalDocs } }`)
    const gqlTitles = (gql.data?.FundingActions as { docs: Array<{ title: string }> }).docs.map((doc) => doc.title)
    expect(gqlTitles.filter((title) => title !== `${marker} live`)).toEqual([])
    const live = await graphqlQuery(`{ FundingActions(where: { title: { like: "${marker}" } }) { docs { title } } }`)
    expect(live.data?.FundingActions).toEqual({ docs: [{ title: `${marker} live` }] })
    const single = await graphqlQuery(`{ FundingAction(id: ${draft.id}, draft: true) { title } }`)
    expect(single.data?.FundingAction ?? null).toBeNull()
  })

  it('shows when an action was verified but not who verified it, and computes its status', async () => {
    const editor = await payload.create({
      collection: 'users', overrideAccess: true,
      data: { email: `verifier-${uniqueSuffix()}@example.org`, password: 'a long enough password', name: 'Vera', roles: ['editor'] },
    })
    const action = await createFundingAction(payload, { dates: { rolling: true } })
    await payload.update({
      collection: 'funding-actions', id: action.id, overrideAccess: false, user: { ...editor, collection: 'users' },
      data: { lastVerifiedAt: new Date().toISOString() }, context: { disableRevalidate: true },
    })
    const stored = await payload.findByID({ collection: 'funding-actions', id: action.id, overrideAccess: true, depth: 0 })
    expect(stored.lastVerifiedBy).toBe(editor.id)

    const body = await (await rest('GET', `/funding-actions/${action.id}?depth=1`)).json()
    expect(body.lastVerifiedAt).toBeTruthy()
    expect(body).not.toHaveProperty('lastVerifiedBy')
    expect(JSON.stringify(body)).not.toContain(editor.email)
    expect(body.status).toBe('open')
    expect(body.verificationStale).toBe(false)
    const gql = await graphqlQuery(`{ FundingAction(id: ${action.id}) { lastVerifiedBy { email } } }`)
    expect(JSON.stringify(gql)).not.toContain(editor.email)
  })

  it('refuses writes from the public and from staff without the editor role', async () => {
    const response = await rest('POST', '/funding-actions', { json: { title: 'Spam', summary: 'Spam', level: 'eu', direction: 'both', instruments: ['grant'] } })
    expect([401, 403]).toContain(response.status)
    const action = await createFundingAction(payload)
    expect([401, 403]).toContain((await rest('PATCH', `/funding-actions/${action.id}`, { json: { title: 'Defaced' } })).status)
    expect([401, 403]).toContain((await rest('DELETE', `/funding-actions/${action.id}`)).status)
    const unchanged = await payload.findByID({ collection: 'funding-actions', id: action.id, overrideAccess: true })
    expect(unchanged.title).toBe(action.title)
  })
})
