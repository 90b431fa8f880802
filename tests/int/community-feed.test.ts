import type { Payload } from 'payload'

import { COMMUNITY_SPACES, seedCommunitySpaces } from '@/seed/communitySpaces'
import { closePayload, getTestPayload } from '../support/payload'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

afterAll(async () => {
  await closePayload(payload)
})

describe('the community spaces seed', () => {
  it('creates one space per action domain and per world region, titled in every language; a second run changes nothing', async () => {
    await seedCommunitySpaces(payload)
    const slugs = COMMUNITY_SPACES.map((space) => space.slug)
    const first = await payload.find({ collection: 'community-spaces', where: { slug: { in: slugs } }, locale: 'all', pagination: false, overrideAccess: true, depth: 0, sort: 'order' })
    expect(first.docs.map((doc) => doc.slug)).toEqual(slugs)
    expect(slugs).toEqual(expect.arrayContaining(['energy-systems', 'mobility', 'agriculture-forestry-land-use', 'africa', 'europe', 'oceania']))
    expect(slugs).toHaveLength(12)
    const mobility = first.docs.find((doc) => doc.slug === 'mobility')
    expect(mobility?.title).toEqual({ en: 'Mobility', fr: expect.any(String), es: expect.any(String), pt: expect.any(String) })
    const africa = first.docs.find((doc) => doc.slug === 'africa')
    expect(africa).toMatchObject({ kind: 'region', region: 'africa', title: { en: 'Africa', fr: 'Afrique', es: 'África', pt: 'África' } })
    expect(Object.keys(africa?.description as unknown as Record<string, string>).sort()).toEqual(['en', 'es', 'fr', 'pt'])

    expect(await seedCommunitySpaces(payload)).toBe(0)
    const second = await payload.find({ collection: 'community-spaces', where: { slug: { in: slugs } }, locale: 'all', pagination: false, overrideAccess: true, depth: 0, sort: 'order' })
    expect(second.docs).toEqual(first.docs)
  })
})
