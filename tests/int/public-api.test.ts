import type { Payload } from 'payload'

import { closePayload, getTestPayload } from '../support/payload'
import { graphqlQuery, rest } from '../support/rest'

let payload: Payload
const slug = `secret-draft-${Date.now().toString(36)}`

beforeAll(async () => {
  payload = await getTestPayload()
  await payload.create({
    collection: 'pages',
    overrideAccess: true,
    draft: true,
    data: { title: 'Unannounced partnership', slug, _status: 'draft' },
  })
  await payload.sendEmail({ to: 'private-person@example.org', subject: 'Private', text: 'Private' })
})

afterAll(async () => {
  await closePayload(payload)
})

describe('what an anonymous visitor gets from the REST and GraphQL APIs', () => {
  it('REST lists, counts and single reads never return a draft page', async () => {
    const list = await (await rest('GET', `/pages?where[slug][equals]=${slug}&draft=true`)).json()
    expect(list.docs).toEqual([])
    expect(list.totalDocs).toBe(0)
    const count = await (await rest('GET', `/pages/count?where[slug][equals]=${slug}`)).json()
    expect(count.totalDocs).toBe(0)
    const { docs } = await payload.find({ collection: 'pages', where: { slug: { equals: slug } }, draft: true, overrideAccess: true })
    const single = await rest('GET', `/pages/${docs[0].id}?draft=true`)
    expect(single.status).toBe(404)
    const versions = await rest('GET', `/pages/versions`)
    expect(versions.status).toBe(403)
  })

  it('GraphQL never returns a draft page', async () => {
    const result = await graphqlQuery(`{ Pages(draft: true, where: { slug: { equals: "${slug}" } }) { docs { id title } totalDocs } }`)
    expect(result.data?.Pages).toEqual({ docs: [], totalDocs: 0 })
  })

  it.each(['/users', '/email-deliveries', '/payload-jobs', '/payload-preferences', '/payload-locked-documents'])(
    'REST %s refuses anonymous visitors',
    async (path) => {
      const response = await rest('GET', path)
      expect([401, 403]).toContain(response.status)
      expect(JSON.stringify(await response.json())).not.toContain('private-person@example.org')
    },
  )

  it('GraphQL does not reveal staff accounts or the email outbox', async () => {
    const users = await graphqlQuery('{ Users { docs { email } } }')
    expect(users.data?.Users ?? null).toBeNull()
    expect(users.errors?.length).toBeGreaterThan(0)
    const outbox = await graphqlQuery('{ EmailDeliveries { docs { to } } }')
    expect(JSON.stringify(outbox)).not.toContain('private-person@example.org')
  })
})
