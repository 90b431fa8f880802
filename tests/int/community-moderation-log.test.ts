import type { Payload } from 'payload'

import { moderatePost } from '@/lib/community/moderation/moderatePost'
import { monthlyLog, parseMonth } from '@/lib/community/moderation/publicLog'
import type { CommunityPost, Member, Practice, User } from '@/payload-types'
import { createMember, createModerator, createPost, createSpace, memberToken } from '../support/communityFixtures'
import { drainJobs } from '../support/jobs'
import { closePayload, getTestPayload } from '../support/payload'
import { ResendStub } from '../support/resendStub'
import { rest } from '../support/rest'

let payload: Payload
const stub = new ResendStub()
let moderator: User
let space: number

beforeAll(async () => {
  process.env.JOBS_AUTORUN = 'false'
  payload = await getTestPayload()
  process.env.RESEND_BASE_URL = await stub.start()
  process.env.RESEND_API_KEY = 're_test_community_moderation_log'
  moderator = (await createModerator(payload, 'Moderator Logan')) as User
  space = (await createSpace(payload)).id
})

afterAll(async () => {
  await drainJobs(payload)
  delete process.env.RESEND_API_KEY
  delete process.env.RESEND_BASE_URL
  await stub.stop()
  await closePayload(payload)
})

describe('the public moderation log', () => {
  // A month of the past that only this file writes to, so that counts are exact whatever else runs.
  const MONTH = '2019-03'

  it('counts a month’s actions by action and by reason, with nothing personal in it', async () => {
    const author = await createMember(payload, { name: 'Private Person', email: `private-person-${Date.now()}@example.org` })
    const post = await createPost(payload, { author: author.id, space, title: 'A title nobody may read in the log' })
    const entries = [
      { action: 'remove', reason: 'spam' },
      { action: 'remove', reason: 'spam' },
      { action: 'hide', reason: 'harassment' },
      { action: 'auto_hide', reason: 'spam', automatic: true },
      { action: 'approve' },
    ] as const
    for (const [index, entry] of entries.entries()) {
      await payload.create({
        collection: 'moderation-actions',
        overrideAccess: true,
        data: {
          ...entry,
          moderator: 'automatic' in entry ? undefined : moderator.id,
          post: post.id,
          member: author.id,
          note: `Note about ${author.name}`,
          createdAt: `${MONTH}-1${index}T10:00:00.000Z`,
        },
      })
    }

    const log = await monthlyLog(payload, MONTH)
    expect(log.total).toBe(5)
    expect(log.automatic).toBe(1)
    expect(log.byAction).toEqual([
      { action: 'remove', count: 2 },
      { action: 'approve', count: 1 },
      { action: 'auto_hide', count: 1 },
      { action: 'hide', count: 1 },
    ])
    expect(log.byReason).toEqual([
      { reason: 'spam', count: 3 },
      { reason: 'harassment', count: 1 },
      { reason: null, count: 1 },
    ])
    expect(log.next).toBe('2019-04')

    const serialized = JSON.stringify(log)
    for (const secret of [author.name, author.email, 'A title nobody may read', 'Note about', moderator.name ?? 'Moderator Logan', moderator.email]) {
      expect(serialized).not.toContain(secret)
    }
    expect(serialized).not.toContain(`"${post.id}"`)
  })

  it('has no month in the future nor a malformed one', () => {
    const now = new Date('2026-11-29T12:00:00Z')
    expect(parseMonth('2026-11', now)).toBe('2026-11')
    expect(parseMonth('2026-12', now)).toBeNull()
    expect(parseMonth('2026-13', now)).toBeNull()
    expect(parseMonth('26-11', now)).toBeNull()
    expect(parseMonth("2026-11' OR 1=1", now)).toBeNull()
    expect(parseMonth(['2026-11'], now)).toBeNull()
  })
})

describe('a thread turned into a draft practice', () => {
  it('is a draft in the editorial workflow, not public, crediting the members whose listed posts make the thread', async () => {
    const [asker, helper, held, leaver] = await Promise.all([
      createMember(payload, { name: 'Asha Asker' }),
      createMember(payload, { name: 'Hugo Helper' }),
      createMember(payload, { name: 'Held Hannah' }),
      createMember(payload, { name: 'Leaving Lena' }),
    ])
    const thread = await createPost(payload, {
      author: asker.id,
      space,
      title: 'Retrofitting social housing with heat pumps',
      body: '## Our approach\n\nWe replaced **gas boilers** in 400 flats. See [the report](https://example.org/report).\n\n' + 'More detail. '.repeat(80),
    })
    await createPost(payload, { author: helper.id, space, thread: thread.id, body: 'We did the same in Lyon' })
    await createPost(payload, { author: asker.id, space, thread: thread.id, body: 'Thanks!' })
    await createPost(payload, { author: held.id, space, thread: thread.id, state: 'pending', body: 'Held reply' })
    const gone = await createPost(payload, { author: leaver.id, space, thread: thread.id, body: 'A reply by someone who left' })
    await payload.update({ collection: 'community-posts', id: gone.id, data: { author: null }, overrideAccess: true, context: { disableRevalidate: true } })

    const result = await moderatePost(payload, moderator, thread.id, { action: 'to_practice', note: 'Valuable replication story' })
    expect(result.practiceId).toBeDefined()
    const practice = (await payload.findByID({ collection: 'practices', id: result.practiceId as number, draft: true, overrideAccess: true, depth: 0 })) as Practice
    expect(practice.title).toBe('Retrofitting social housing with heat pumps')
    expect(practice._status).toBe('draft')
    expect(practice.workflowStatus).toBe('submitted')
    expect(practice.summary.startsWith('Our approach We replaced gas boilers in 400 flats. See the report.')).toBe(true)
    expect(practice.summary.length).toBeLessThanOrEqual(600)
    expect(practice.summary).not.toMatch(/[#*[\]]/)
    expect(practice.communityOrigin?.contributors).toEqual(['Asha Asker', 'Hugo Helper'])
    expect(practice.communityOrigin?.thread).toBe(thread.id)

    expect((await rest('GET', `/practices/${practice.id}`)).status).toBe(404)
    expect((await (await rest('GET', `/practices?where[id][equals]=${practice.id}`)).json()).docs).toEqual([])

    const stored = (await payload.findByID({ collection: 'community-posts', id: thread.id, overrideAccess: true, depth: 0 })) as CommunityPost
    expect(stored.practiceDraft).toBe(practice.id)
    const [row] = (await payload.find({ collection: 'moderation-actions', where: { and: [{ post: { equals: thread.id } }, { action: { equals: 'to_practice' } }] }, overrideAccess: true, depth: 0 })).docs
    expect(row).toMatchObject({ moderator: moderator.id, practice: practice.id })

    await expect(moderatePost(payload, moderator, thread.id, { action: 'to_practice' })).rejects.toMatchObject({ status: 409, key: 'moderationAlreadyPractice' })
    const reply = (await payload.find({ collection: 'community-posts', where: { thread: { equals: thread.id } }, limit: 1, overrideAccess: true, depth: 0 })).docs[0]
    await expect(moderatePost(payload, moderator, reply.id, { action: 'to_practice' })).rejects.toMatchObject({ status: 409, key: 'moderationThreadOnly' })
  })

  it('is refused to members (403) and to nobody signed in (401) through the endpoint', async () => {
    const member: Member = await createMember(payload)
    const thread = await createPost(payload, { author: member.id, space })
    const path = `/community-posts/${thread.id}/moderate`
    expect((await rest('POST', path, { json: { action: 'to_practice' } })).status).toBe(401)
    expect((await rest('POST', path, { json: { action: 'to_practice' }, token: await memberToken(payload, member) })).status).toBe(403)
    expect(((await payload.findByID({ collection: 'community-posts', id: thread.id, overrideAccess: true, depth: 0 })) as CommunityPost).practiceDraft ?? null).toBeNull()
  })
})
