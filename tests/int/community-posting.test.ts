import type { Payload } from 'payload'

import { createReply, createThread, editPost, markSolution, type ThreadInput } from '@/lib/community/posting'
import type { Member } from '@/payload-types'
import { createMember, createModerator, createPost, createSpace, memberToken } from '../support/communityFixtures'
import { closePayload, getTestPayload } from '../support/payload'
import { rest } from '../support/rest'

let payload: Payload
let space: number

/** A member past the review queue (her posts publish at once), at trust level 1. */
const trustedMember = (overrides: Partial<Member> = {}) => createMember(payload, { moderation: { publishedPosts: 5, trustLevel: 1 }, ...overrides })

const thread = (overrides: Partial<ThreadInput> = {}): ThreadInput => ({ space, kind: 'question', title: 'How did you finance your heat network?', body: 'We are looking at options.', ...overrides })

const postsBy = async (member: Member) => (await payload.count({ collection: 'community-posts', where: { author: { equals: member.id } }, overrideAccess: true })).totalDocs

beforeAll(async () => {
  payload = await getTestPayload()
  space = (await createSpace(payload)).id
})

afterAll(async () => closePayload(payload))

describe('daily limits', () => {
  it('refuse a new member’s fourth thread of the day with the time she can post again, and write nothing', async () => {
    const member = await createMember(payload)
    const first = new Date('2026-11-29T09:12:00Z')
    for (let minute = 0; minute < 3; minute++) {
      const result = await createThread(payload, member.id, thread({ title: `Question number ${minute}` }), { now: new Date(first.getTime() + minute * 60_000) })
      expect(result.ok).toBe(true)
    }
    const fourth = await createThread(payload, member.id, thread(), { now: new Date('2026-11-29T15:00:00Z') })
    expect(fourth).toMatchObject({ ok: false, message: 'New members can open 3 threads a day. You can open another on 30 November at 09:12 UTC.' })
    expect(await postsBy(member)).toBe(3)

    const inFrench = await createThread(payload, member.id, thread(), { now: new Date('2026-11-29T15:00:00Z'), locale: 'fr' })
    expect(inFrench).toMatchObject({ ok: false, message: 'Les nouveaux membres peuvent ouvrir 3 fils par jour. Vous pourrez en ouvrir un autre le 30 novembre à 09:12 UTC.' })

    const nextDay = await createThread(payload, member.id, thread(), { now: new Date('2026-11-30T09:13:00Z') })
    expect(nextDay.ok).toBe(true)
  })

  it('refuse the eleventh reply of the day of a new member', async () => {
    const opener = await trustedMember()
    const open = await createThread(payload, opener.id, thread())
    if (!open.ok) throw new Error(open.message)
    const member = await createMember(payload)
    for (let n = 0; n < 10; n++) expect((await createReply(payload, member.id, { thread: open.threadId, body: `Reply ${n}` })).ok).toBe(true)
    const eleventh = await createReply(payload, member.id, { thread: open.threadId, body: 'One more' })
    expect(eleventh).toMatchObject({ ok: false, code: 'repliesPerDayNew' })
    if (eleventh.ok) return
    expect(eleventh.message).toMatch(/^New members can post 10 replies a day\. You can reply again on \d{1,2} \w+ at \d\d:\d\d UTC\.$/)
    expect(await postsBy(member)).toBe(10)
  })

  it('hold under parallel submissions: six threads at once from a new member, three are written', async () => {
    const member = await createMember(payload)
    const results = await Promise.all(Array.from({ length: 6 }, (_, n) => createThread(payload, member.id, thread({ title: `Parallel question ${n}` }))))
    expect(results.filter((result) => result.ok)).toHaveLength(3)
    expect(results.filter((result) => !result.ok).map((result) => !result.ok && result.code)).toEqual(['threadsPerDayNew', 'threadsPerDayNew', 'threadsPerDayNew'])
    expect(await postsBy(member)).toBe(3)
  })
})

describe('posting rules', () => {
  it('refuse a post with more links than her trust level allows', async () => {
    const member = await createMember(payload)
    const result = await createThread(payload, member.id, thread({ body: 'See https://a.example, https://b.example and [c](https://c.example)' }))
    expect(result).toMatchObject({ ok: false, message: 'A post can hold 2 links at your trust level; this one has 3. Remove some and try again.' })
    expect(await postsBy(member)).toBe(0)
    expect((await createThread(payload, member.id, thread({ body: 'See https://a.example and https://b.example' }))).ok).toBe(true)
  })

  it('refuse a suspended member and a silenced one, saying until when', async () => {
    const suspended = await trustedMember({ moderation: { publishedPosts: 5, trustLevel: 1, suspendedUntil: '2099-01-02T10:30:00.000Z' } })
    expect(await createThread(payload, suspended.id, thread())).toMatchObject({
      ok: false,
      message: 'Your account is suspended until 2 January at 10:30 UTC. You can still read and appeal.',
    })
    const silenced = await trustedMember({ moderation: { publishedPosts: 5, trustLevel: 1, silencedUntil: '2099-03-04T08:00:00.000Z' } })
    const open = await createPost(payload, { author: silenced.id, space })
    expect(await createReply(payload, silenced.id, { thread: open.id, body: 'Let me add something' })).toMatchObject({
      ok: false,
      message: 'You cannot post until 4 March at 08:00 UTC. You can still read and appeal.',
    })
    expect(await editPost(payload, silenced.id, open.id, { body: 'Changed' })).toMatchObject({ ok: false, code: 'silenced' })
    expect(await postsBy(suspended)).toBe(0)
    expect(await postsBy(silenced)).toBe(1)
  })

  it('refuse anyone not signed in', async () => {
    expect(await createThread(payload, null, thread())).toMatchObject({ ok: false, code: 'signedOut', message: 'Sign in to post in the community.' })
  })

  it('refuse a reply to a locked thread, and to a thread held for review that is not hers', async () => {
    const member = await trustedMember()
    const locked = await createPost(payload, { author: member.id, space, locked: true })
    expect(await createReply(payload, member.id, { thread: locked.id, body: 'Still here?' })).toMatchObject({ ok: false, code: 'locked' })
    const held = await createPost(payload, { author: (await createMember(payload)).id, space, state: 'pending' })
    expect(await createReply(payload, member.id, { thread: held.id, body: 'I saw it' })).toMatchObject({ ok: false, code: 'threadNotFound' })
    expect(await postsBy(member)).toBe(1)
  })

  it('return every invalid field at once', async () => {
    const member = await trustedMember()
    const result = await createThread(payload, member.id, { space: 'nope', kind: 'twinning', title: 'Hi', body: '', tags: ['a', 'b', 'c', 'd', 'e', 'f'] })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(['body', 'space', 'tags', 'themes', 'title'])
    expect(result.fieldErrors?.title).toBe('Give your thread a title of at least 5 characters.')
  })
})

describe('a new member’s first posts', () => {
  it('wait for review, and once three were approved the next one is published at once', async () => {
    const opener = await trustedMember()
    const open = await createPost(payload, { author: opener.id, space })
    const member = await createMember(payload)
    const held = []
    for (let n = 0; n < 3; n++) {
      const result = await createReply(payload, member.id, { thread: open.id, body: `Held reply ${n}` })
      if (!result.ok) throw new Error(result.message)
      expect(result.state).toBe('pending')
      held.push(result.postId)
    }
    for (const id of held) await payload.update({ collection: 'community-posts', id, data: { state: 'published' }, overrideAccess: true, context: { disableRevalidate: true } })
    const fourth = await createReply(payload, member.id, { thread: open.id, body: 'Now trusted' })
    expect(fourth).toMatchObject({ ok: true, state: 'published' })
  })
})

describe('a thread’s activity', () => {
  it('counts listed replies only and follows the thread for a member who asked for it', async () => {
    const opener = await trustedMember({ notifications: { email: true, cadence: 'daily', autoFollowOwnThreads: true } })
    const open = await createThread(payload, opener.id, thread())
    if (!open.ok) throw new Error(open.message)
    expect(open.state).toBe('published')
    await createReply(payload, (await createMember(payload)).id, { thread: open.threadId, body: 'Held: not counted' })
    const replier = await trustedMember()
    const at = new Date()
    await createReply(payload, replier.id, { thread: open.threadId, body: 'Counted' }, { now: at })
    const after = await payload.findByID({ collection: 'community-posts', id: open.threadId, overrideAccess: true })
    expect(after.replyCount).toBe(1)
    expect(new Date(after.lastActivityAt ?? 0).getTime()).toBeGreaterThanOrEqual(at.getTime() - 1000)
    const follows = await payload.find({ collection: 'community-follows', where: { member: { equals: opener.id } }, overrideAccess: true })
    expect(follows.docs.map((follow) => [typeof follow.thread === 'object' ? follow.thread?.id : follow.thread, follow.cadence])).toEqual([[open.threadId, 'daily']])
  })
})

describe('editing', () => {
  it('is refused to another member, by the service and through REST', async () => {
    const author = await trustedMember()
    const other = await trustedMember()
    const post = await createPost(payload, { author: author.id, space, body: 'Original words' })
    expect(await editPost(payload, other.id, post.id, { body: 'Vandalised' })).toMatchObject({ ok: false, message: 'Only the author of a post can edit it.' })
    const response = await rest('PATCH', `/community-posts/${post.id}`, { token: await memberToken(payload, other), json: { body: 'Vandalised' } })
    expect(response.status).toBe(403)
    const ownResponse = await rest('PATCH', `/community-posts/${post.id}`, { token: await memberToken(payload, author), json: { body: 'Around the rules' } })
    expect(ownResponse.status).toBe(403)
    expect((await payload.findByID({ collection: 'community-posts', id: post.id, overrideAccess: true })).body).toBe('Original words')
  })

  it('by the author keeps every earlier text as a version and marks the post edited', async () => {
    const author = await trustedMember()
    const open = await createThread(payload, author.id, thread({ body: 'First words' }))
    if (!open.ok) throw new Error(open.message)
    expect((await editPost(payload, author.id, open.postId, { title: 'A better title for it', body: 'Second words', tags: ['heat'] })).ok).toBe(true)
    expect((await editPost(payload, author.id, open.postId, { body: 'Third words' })).ok).toBe(true)
    const post = await payload.findByID({ collection: 'community-posts', id: open.postId, overrideAccess: true })
    expect(post).toMatchObject({ body: 'Third words', title: 'A better title for it', tags: ['heat'] })
    expect(post.editedAt).toBeTruthy()
    const versions = await payload.findVersions({ collection: 'community-posts', where: { parent: { equals: open.postId } }, sort: 'createdAt', overrideAccess: true, limit: 10 })
    expect(versions.docs.map((version) => version.version.body)).toEqual(['First words', 'Second words', 'Third words'])
  })
})

describe('solutions', () => {
  it('are marked by the question’s author or a moderator, never by another member, and only on a listed reply of the thread', async () => {
    const author = await trustedMember()
    const other = await trustedMember()
    const question = await createPost(payload, { author: author.id, space })
    const reply = await createPost(payload, { author: other.id, space, thread: question.id })
    const heldReply = await createPost(payload, { author: other.id, space, thread: question.id, state: 'pending' })

    expect(await markSolution(payload, { member: other.id }, question.id, reply.id)).toMatchObject({ ok: false, code: 'solutionNotAllowed' })
    expect((await payload.findByID({ collection: 'community-posts', id: question.id, overrideAccess: true })).solution).toBeFalsy()
    expect(await markSolution(payload, { member: author.id }, question.id, heldReply.id)).toMatchObject({ ok: false, code: 'solutionNotReply' })

    expect(await markSolution(payload, { member: author.id }, question.id, reply.id)).toMatchObject({ ok: true })
    const solved = await payload.findByID({ collection: 'community-posts', id: question.id, depth: 0, overrideAccess: true })
    expect(solved.solution).toBe(reply.id)
    expect(solved.solvedAt).toBeTruthy()

    const moderator = await createModerator(payload)
    expect(await markSolution(payload, { moderator: moderator.id }, question.id, null)).toMatchObject({ ok: true })
    expect((await payload.findByID({ collection: 'community-posts', id: question.id, depth: 0, overrideAccess: true })).solution).toBeFalsy()
  })
})
