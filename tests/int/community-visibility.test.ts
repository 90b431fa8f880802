import type { Payload } from 'payload'

import type { Member } from '@/payload-types'
import { createMember, createModerator, createPost, createSpace, memberToken, MEMBER_PASSWORD } from '../support/communityFixtures'
import { closePayload, getTestPayload } from '../support/payload'
import { graphqlQuery, rest } from '../support/rest'

let payload: Payload
let author: Member
let other: Member
let authorToken: string
let otherToken: string
let moderatorToken: string
let space: number

beforeAll(async () => {
  payload = await getTestPayload()
  author = await createMember(payload)
  other = await createMember(payload)
  authorToken = await memberToken(payload, author)
  otherToken = await memberToken(payload, other)
  const moderator = await createModerator(payload)
  moderatorToken = (await payload.login({ collection: 'users', data: { email: moderator.email, password: MEMBER_PASSWORD } })).token!
  space = (await createSpace(payload)).id
})

afterAll(async () => closePayload(payload))

const titles = async (response: Response): Promise<string[]> => ((await response.json()).docs ?? []).map((doc: { title?: string; body: string }) => doc.title ?? doc.body)

describe('a post held for review', () => {
  it('is read through REST and GraphQL by its author and moderators only', async () => {
    const held = await createPost(payload, { author: author.id, space, state: 'pending', title: 'Held question about heat pumps' })
    const path = `/community-posts?where[id][equals]=${held.id}`
    expect(await titles(await rest('GET', path))).toEqual([])
    expect(await titles(await rest('GET', path, { token: otherToken }))).toEqual([])
    expect(await titles(await rest('GET', path, { token: authorToken }))).toEqual(['Held question about heat pumps'])
    expect(await titles(await rest('GET', path, { token: moderatorToken }))).toEqual(['Held question about heat pumps'])
    expect((await rest('GET', `/community-posts/${held.id}`)).status).toBe(404)

    const query = `{ CommunityPosts(where: { id: { equals: ${held.id} } }) { docs { title } } }`
    const anonymous = await graphqlQuery(query)
    expect(JSON.stringify(anonymous.data)).not.toContain('Held question')
    const asOther = await graphqlQuery(query, otherToken)
    expect(JSON.stringify(asOther.data)).not.toContain('Held question')
    const asAuthor = await graphqlQuery(query, authorToken)
    expect(JSON.stringify(asAuthor.data)).toContain('Held question')
  })

  it('takes its replies out of view when a thread is hidden, and brings them back when restored', async () => {
    const thread = await createPost(payload, { author: author.id, space, title: 'Cooling networks in dense districts' })
    const reply = await createPost(payload, { author: other.id, space, thread: thread.id, body: 'We did this in Vienna' })
    const replyPath = `/community-posts?where[id][equals]=${reply.id}`
    expect(await titles(await rest('GET', replyPath))).toEqual(['We did this in Vienna'])

    await payload.update({ collection: 'community-posts', id: thread.id, data: { state: 'hidden' }, overrideAccess: true, context: { disableRevalidate: true } })
    expect(await titles(await rest('GET', replyPath))).toEqual([])
    expect(await titles(await rest('GET', `/community-posts?where[id][equals]=${thread.id}`))).toEqual([])

    await payload.update({ collection: 'community-posts', id: thread.id, data: { state: 'published' }, overrideAccess: true, context: { disableRevalidate: true } })
    expect(await titles(await rest('GET', replyPath))).toEqual(['We did this in Vienna'])
  })
})

describe('members through the API', () => {
  it('cannot sign up through POST /api/members (only the portal form, with its checks)', async () => {
    const response = await rest('POST', '/members', { json: { name: 'Bot', email: 'bot@example.org', password: MEMBER_PASSWORD, termsAcceptedAt: new Date().toISOString() } })
    expect(response.status).toBe(403)
    expect(await payload.count({ collection: 'members', where: { email: { equals: 'bot@example.org' } } })).toEqual({ totalDocs: 0 })
  })

  it('read their own account only, and never another member’s email', async () => {
    const response = await rest('GET', '/members?limit=100', { token: otherToken })
    const emails = (await response.json()).docs.map((doc: { email: string }) => doc.email)
    expect(emails).toEqual([other.email])
    expect((await rest('GET', `/members/${author.id}`)).status).toBe(403)
  })

  it('cannot raise their own trust level or give themselves the verified badge', async () => {
    await rest('PATCH', `/members/${other.id}`, { token: otherToken, json: { moderation: { trustLevel: 3, verifiedOfficial: true } } })
    const after = await payload.findByID({ collection: 'members', id: other.id, overrideAccess: true })
    expect(after.moderation?.trustLevel ?? 0).toBe(0)
    expect(after.moderation?.verifiedOfficial).toBe(false)
  })

  it('cannot write posts through the API, nor change another member’s post', async () => {
    const post = await createPost(payload, { author: author.id, space, title: 'Bike lanes budget' })
    const create = await rest('POST', '/community-posts', { token: otherToken, json: { space, body: 'Sneaky', state: 'published' } })
    expect(create.status).toBe(403)
    const update = await rest('PATCH', `/community-posts/${post.id}`, { token: otherToken, json: { body: 'Defaced' } })
    expect(update.status).toBe(403)
    const remove = await rest('DELETE', `/community-posts/${post.id}`, { token: otherToken })
    expect(remove.status).toBe(403)
    expect((await payload.findByID({ collection: 'community-posts', id: post.id, overrideAccess: true })).body).toBe(post.body)
  })

  it('never reach staff-only data because their id matches a staff account', async () => {
    const staff = await payload.find({ collection: 'users', limit: 1, overrideAccess: true })
    const response = await rest('GET', `/users/${staff.docs[0].id}`, { token: otherToken })
    expect(response.status).toBe(403)
    expect((await rest('GET', '/users?limit=50', { token: otherToken })).status).toBe(403)
  })
})

describe('deleting', () => {
  it('a thread takes its replies, flags, follows and notifications with it', async () => {
    const thread = await createPost(payload, { author: author.id, space, title: 'A thread an admin deletes' })
    const reply = await createPost(payload, { author: other.id, space, thread: thread.id })
    await payload.create({ collection: 'community-flags', overrideAccess: true, data: { post: reply.id, member: author.id, reason: 'spam', status: 'open' } })
    await payload.create({ collection: 'community-follows', overrideAccess: true, data: { member: other.id, thread: thread.id, cadence: 'daily' } })
    await payload.create({ collection: 'community-notifications', overrideAccess: true, data: { member: author.id, post: reply.id, kind: 'reply', cadence: 'daily' } })

    await payload.delete({ collection: 'community-posts', id: thread.id, overrideAccess: true, context: { disableRevalidate: true } })

    expect(await payload.count({ collection: 'community-posts', where: { id: { in: [thread.id, reply.id] } }, overrideAccess: true })).toEqual({ totalDocs: 0 })
    expect(await payload.count({ collection: 'community-flags', where: { post: { equals: reply.id } }, overrideAccess: true })).toEqual({ totalDocs: 0 })
    expect(await payload.count({ collection: 'community-follows', where: { thread: { equals: thread.id } }, overrideAccess: true })).toEqual({ totalDocs: 0 })
    expect(await payload.count({ collection: 'community-notifications', where: { post: { equals: reply.id } }, overrideAccess: true })).toEqual({ totalDocs: 0 })
  })
})

describe('a reply approved by a moderator', () => {
  it('counts in its thread’s replies and last activity', async () => {
    const thread = await createPost(payload, { author: author.id, space, title: 'Unanswered until approved' })
    const reply = await createPost(payload, { author: other.id, space, thread: thread.id, state: 'pending' })
    expect((await payload.findByID({ collection: 'community-posts', id: thread.id, overrideAccess: true })).replyCount ?? 0).toBe(0)
    await payload.update({ collection: 'community-posts', id: reply.id, data: { state: 'published' }, overrideAccess: true, context: { disableRevalidate: true, skipPublicationEffects: true } })
    const after = await payload.findByID({ collection: 'community-posts', id: thread.id, overrideAccess: true })
    expect(after.replyCount).toBe(1)
    expect(new Date(after.lastActivityAt!).getTime()).toBeGreaterThanOrEqual(new Date(reply.createdAt).getTime())
  })
})

describe('Payload’s own member endpoints', () => {
  it('limit password guessing per address, whatever the IP', async () => {
    const target = await createMember(payload)
    const statuses: number[] = []
    for (let i = 0; i < 11; i++) {
      const response = await rest('POST', '/members/login', { json: { email: target.email, password: 'a wrong guess' }, headers: { 'X-Forwarded-For': `203.0.113.${i}` } })
      statuses.push(response.status)
    }
    expect(statuses.slice(0, 10).every((status) => status !== 429)).toBe(true)
    expect(statuses[10]).toBe(429)
  })

  it('limit reset emails per address, so nobody floods a member’s inbox', async () => {
    const target = await createMember(payload)
    const statuses: number[] = []
    for (let i = 0; i < 4; i++) {
      const response = await rest('POST', '/members/forgot-password', { json: { email: target.email }, headers: { 'X-Forwarded-For': `198.51.100.${i}` } })
      statuses.push(response.status)
    }
    expect(statuses).toEqual([200, 200, 200, 429])
    const body = await (await rest('POST', '/members/forgot-password', { json: { email: target.email } })).json()
    expect(JSON.stringify(body)).toContain('Too many attempts')
  })
})
