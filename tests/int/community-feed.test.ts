import type { Payload } from 'payload'

import { findCommunitySitemapPaths } from '@/lib/community/notifications/feed'
import { COMMUNITY_SPACES, seedCommunitySpaces } from '@/seed/communitySpaces'
import { seedDemoCommunity } from '@/seed/demo/community'
import { demoMembers, demoThreads } from '@/seed/demo/communityContent'
import { GET as feedGET } from '../../src/app/(frontend)/[locale]/community/feed.xml/route'
import { createMember, createPost, createSpace } from '../support/communityFixtures'
import { closePayload, getTestPayload } from '../support/payload'
import { uniqueSuffix } from '../support/practiceFixtures'

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

describe('the demo community seed', () => {
  it('creates fictional verified members and published threads with replies, one solved and one twinning request; a second run creates nothing', async () => {
    await seedCommunitySpaces(payload)
    // The whole demo seed (tests/int/seed.test.ts) may have run already in this test run: then
    // this first call must create nothing either, and the checks below read what that run wrote.
    const existing = await payload.count({ collection: 'members', where: { email: { in: demoMembers.map((member) => member.email) } }, overrideAccess: true })
    const first = await seedDemoCommunity(payload)
    expect(first).toEqual(existing.totalDocs ? { members: 0, threads: 0 } : { members: demoMembers.length, threads: demoThreads.length })
    const members = await payload.find({ collection: 'members', where: { email: { in: demoMembers.map((member) => member.email) } }, pagination: false, overrideAccess: true })
    expect(members.docs).toHaveLength(4)
    expect(members.docs.every((member) => member._verified && member.email.endsWith('@example.org') && member.name.includes('(demo)'))).toBe(true)
    expect(members.docs.filter((member) => member.moderation?.verifiedOfficial)).toHaveLength(1)
    const threads = await payload.find({ collection: 'community-posts', where: { title: { in: demoThreads.map((thread) => thread.title) } }, pagination: false, depth: 0, overrideAccess: true })
    expect(threads.docs).toHaveLength(6)
    expect(threads.docs.every((thread) => thread.listed && thread.state === 'published' && (thread.replyCount ?? 0) > 0)).toBe(true)
    expect(threads.docs.filter((thread) => thread.solution)).toHaveLength(1)
    expect(threads.docs.filter((thread) => thread.kind === 'twinning')).toHaveLength(1)
    const replies = await payload.count({ collection: 'community-posts', where: { thread: { in: threads.docs.map((thread) => thread.id) }, listed: { equals: true } }, overrideAccess: true })
    expect(replies.totalDocs).toBe(demoThreads.reduce((sum, thread) => sum + thread.replies.length, 0))
    // Written as they stand: nobody was told, no job queued for them.
    expect(await payload.count({ collection: 'community-notifications', where: { post: { in: threads.docs.map((thread) => thread.id) } }, overrideAccess: true })).toMatchObject({ totalDocs: 0 })

    expect(await seedDemoCommunity(payload)).toEqual({ members: 0, threads: 0 })
  })
})

describe('the community feed and sitemap', () => {
  const word = `zfeed${uniqueSuffix().replace(/[^a-z0-9]/g, '')}`
  const fixtures: Record<string, { id: number; title?: string | null }> = {}
  let spaceSlug = ''

  beforeAll(async () => {
    const space = await createSpace(payload)
    const other = await createSpace(payload)
    spaceSlug = space.slug
    const author = await createMember(payload, { name: 'Fiona Feed' })
    const title = (name: string) => `${name} ${word}`
    fixtures.listed = await createPost(payload, { author: author.id, space: space.id, title: title('Listed <b>bold</b> & co'), body: '## Heading\n\nWe **insulated** 300 schools. <img src=x onerror=alert(1)>' })
    fixtures.pending = await createPost(payload, { author: author.id, space: space.id, state: 'pending', title: title('SECRET-PENDING') })
    fixtures.hidden = await createPost(payload, { author: author.id, space: space.id, state: 'hidden', title: title('SECRET-HIDDEN') })
    fixtures.removed = await createPost(payload, { author: author.id, space: space.id, state: 'removed', title: title('SECRET-REMOVED') })
    fixtures.reply = await createPost(payload, { author: author.id, space: space.id, thread: fixtures.listed.id, body: 'A reply is no thread' })
    fixtures.orphan = await createPost(payload, { author: null as unknown as number, space: other.id, title: title('Orphan') })
  })

  async function feed(query = '') {
    const response = await feedGET(new Request(`http://localhost/en/community/feed.xml${query}`), { params: Promise.resolve({ locale: 'en' }) })
    return { response, body: await response.text() }
  }

  it('lists listed threads only, as Atom, with the author’s name or “Former member” and a plain-text summary', async () => {
    const { response, body } = await feed()
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8')
    expect(body).toContain('<feed xmlns="http://www.w3.org/2005/Atom"')
    expect(body).toContain(`/en/community/threads/${fixtures.listed.id}`)
    expect(body).toContain(`/en/community/threads/${fixtures.orphan.id}`)
    expect(body).not.toMatch(/SECRET-/)
    expect(body).not.toContain(`/en/community/threads/${fixtures.reply.id}`)
    expect(body).toContain('<name>Fiona Feed</name>')
    expect(body).toContain('<name>Former member</name>')
    expect(body).toContain('We insulated 300 schools.')
    // Markup in titles and bodies is text, never markup a reader would run.
    expect(body).not.toMatch(/<b>|<img|<script/)
  })

  it('narrows to one space with ?space=, and answers 404 to an unknown space', async () => {
    const { body } = await feed(`?space=${spaceSlug}`)
    expect(body).toContain(`/en/community/threads/${fixtures.listed.id}`)
    expect(body).not.toContain(`/en/community/threads/${fixtures.orphan.id}`)
    expect((await feed('?space=no-such-space-anywhere')).response.status).toBe(404)
    expect((await feed('?space=%3Cscript%3E')).response.status).toBe(404)
  })

  it('gives the sitemap the community home, its spaces and its listed threads, never a hidden one', async () => {
    const paths = (await findCommunitySitemapPaths(payload)).map((item) => item.path)
    expect(paths).toContain('/community')
    expect(paths).toContain(`/community/spaces/${spaceSlug}`)
    expect(paths).toContain(`/community/threads/${fixtures.listed.id}`)
    for (const name of ['pending', 'hidden', 'removed', 'reply']) expect(paths).not.toContain(`/community/threads/${fixtures[name].id}`)
  })
})
