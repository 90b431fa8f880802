import type { Payload } from 'payload'

import { fanOutPost } from '@/lib/community/notifications/fanOut'
import { sendDailyDigests } from '@/lib/community/notifications/digest'
import { follow } from '@/lib/community/notifications/follows'
import { markSolution } from '@/lib/community/posting/markSolution'
import type { CommunityPost, CommunitySpace, Member } from '@/payload-types'
import { GET as unsubscribeGET, POST as unsubscribePOST } from '../../src/app/(frontend)/[locale]/community/unsubscribe/route'
import { createMember, createPost, createSpace } from '../support/communityFixtures'
import { drainJobs } from '../support/jobs'
import { closePayload, getTestPayload } from '../support/payload'
import { createPlace, createPractice, uniqueSuffix } from '../support/practiceFixtures'
import { ResendStub } from '../support/resendStub'

let payload: Payload
const stub = new ResendStub()

type SentMessage = { to: string[] | string; subject: string; text: string; html: string; headers?: Record<string, string> }

const messagesTo = (email: string): SentMessage[] =>
  stub.delivered.map((request) => request.body as SentMessage).filter((message) => [message.to].flat().includes(email))

const routeContext = (locale: string) => ({ params: Promise.resolve({ locale }) })

/** A post as the posting service or a moderator leaves it: its publication effects run (the job is queued). */
async function publishPost(data: { author: number | null; space: number; thread?: number; state?: CommunityPost['state'] } & Partial<CommunityPost>): Promise<CommunityPost> {
  const suffix = uniqueSuffix()
  return payload.create({
    collection: 'community-posts',
    overrideAccess: true,
    context: { disableRevalidate: true },
    data: {
      state: 'published',
      kind: data.thread ? undefined : 'question',
      title: data.thread ? undefined : `Thread ${suffix}`,
      body: `**Body** of ${suffix} with a [link](https://example.org) and <script>alert(1)</script>`,
      lastActivityAt: new Date().toISOString(),
      ...data,
    },
  })
}

const setState = (post: CommunityPost, state: CommunityPost['state']) =>
  payload.update({ collection: 'community-posts', id: post.id, data: { state }, overrideAccess: true, context: { disableRevalidate: true } })

const unsubscribeLink = (message: SentMessage) => /(https?:\/\/[^\s>]+\/community\/unsubscribe\?token=[^\s>]+)/.exec(message.headers?.['List-Unsubscribe'] ?? '')?.[1]

let space: CommunitySpace
let author: Member
let thread: CommunityPost

beforeAll(async () => {
  payload = await getTestPayload()
  process.env.RESEND_BASE_URL = await stub.start()
  process.env.RESEND_API_KEY = 're_test_community'
  space = await createSpace(payload)
  author = await createMember(payload, { name: 'Ana Author' })
  thread = await createPost(payload, { author: author.id, space: space.id, title: `Heat pumps in old buildings ${uniqueSuffix()}` })
})

afterAll(async () => {
  await drainJobs(payload)
  delete process.env.RESEND_API_KEY
  delete process.env.RESEND_BASE_URL
  await stub.stop()
  await closePayload(payload)
})

describe('following a thread', () => {
  it('mails each follower once when a reply is published, never its author, with one-click unsubscribe headers', async () => {
    const [bea, carl] = [await createMember(payload, { name: 'Bea' }), await createMember(payload, { name: 'Carl', locale: 'fr' })]
    const replier = await createMember(payload, { name: 'Rita Replier' })
    for (const member of [bea, carl, replier]) expect(await follow(payload, member.id, { thread: thread.id })).toMatchObject({ status: 'following', cadence: 'immediate' })

    const reply = await publishPost({ author: replier.id, space: space.id, thread: thread.id })
    await drainJobs(payload)

    const [toBea] = messagesTo(bea.email)
    expect(messagesTo(bea.email)).toHaveLength(1)
    expect(messagesTo(carl.email)).toHaveLength(1)
    expect(messagesTo(replier.email)).toHaveLength(0)
    expect(toBea.subject).toBe(`New reply: ${thread.title}`)
    expect(toBea.text).toContain('Rita Replier replied')
    expect(toBea.text).toContain(`/en/community/threads/${thread.id}`)
    expect(toBea.text).toContain('because you follow this thread')
    // The excerpt is plain text: no Markdown marks, the raw HTML never becomes markup.
    expect(toBea.text).toContain('Body of')
    expect(toBea.html).not.toContain('<script>')
    expect(toBea.headers?.['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click')
    expect(unsubscribeLink(toBea)).toMatch(/\/en\/community\/unsubscribe\?token=/)
    // In the follower's own language.
    expect(messagesTo(carl.email)[0].subject).toBe(`Nouvelle réponse : ${thread.title}`)
    expect(unsubscribeLink(messagesTo(carl.email)[0])).toMatch(/\/fr\/community\/unsubscribe\?token=/)

    // A retried job (or a second run) records and sends nothing again.
    expect(await fanOutPost(payload, reply.id)).toEqual({ notified: 0 })
    await drainJobs(payload)
    expect(messagesTo(bea.email)).toHaveLength(1)
    const rows = await payload.find({ collection: 'community-notifications', where: { post: { equals: reply.id } }, overrideAccess: true })
    expect(rows.docs).toHaveLength(2)
    expect(rows.docs.every((row) => row.sentAt)).toBe(true)
  })

  it('tells nobody of a held post until a moderator approves it, and nobody of a post hidden before the job ran', async () => {
    const follower = await createMember(payload)
    await follow(payload, follower.id, { thread: thread.id })
    const newcomer = await createMember(payload)

    const held = await publishPost({ author: newcomer.id, space: space.id, thread: thread.id, state: 'pending' })
    await drainJobs(payload)
    expect(messagesTo(follower.email)).toHaveLength(0)

    await setState(held, 'published')
    await drainJobs(payload)
    expect(messagesTo(follower.email)).toHaveLength(1)

    const hiddenSoon = await publishPost({ author: newcomer.id, space: space.id, thread: thread.id })
    await setState(hiddenSoon, 'hidden')
    await drainJobs(payload)
    expect(messagesTo(follower.email)).toHaveLength(1)
    expect(await payload.count({ collection: 'community-notifications', where: { post: { equals: hiddenSoon.id } }, overrideAccess: true })).toMatchObject({ totalDocs: 0 })
  })

  it('sends nothing to members who turned email off or are suspended', async () => {
    const quiet = await createMember(payload, { notifications: { email: false, cadence: 'immediate', autoFollowOwnThreads: true } })
    const suspended = await createMember(payload)
    await follow(payload, quiet.id, { thread: thread.id })
    await follow(payload, suspended.id, { thread: thread.id })
    await payload.update({ collection: 'members', id: suspended.id, data: { moderation: { suspendedUntil: new Date(Date.now() + 86_400_000).toISOString() } }, overrideAccess: true })
    await publishPost({ author: author.id, space: space.id, thread: thread.id })
    await drainJobs(payload)
    expect(messagesTo(quiet.email)).toHaveLength(0)
    expect(messagesTo(suspended.email)).toHaveLength(0)
    // A suspended member cannot start following either.
    expect(await follow(payload, suspended.id, { space: space.id })).toEqual({ status: 'refused', reason: 'suspended' })
  })
})

describe('following a space', () => {
  it('mails followers of the space of a new thread, not its author', async () => {
    const ownSpace = await createSpace(payload)
    const watcher = await createMember(payload)
    await follow(payload, watcher.id, { space: ownSpace.id })
    const starter = await createMember(payload, { name: 'Sam Starter' })
    await follow(payload, starter.id, { space: ownSpace.id })
    const opened = await publishPost({ author: starter.id, space: ownSpace.id })
    await drainJobs(payload)
    const [message] = messagesTo(watcher.email)
    expect(messagesTo(watcher.email)).toHaveLength(1)
    expect(message.subject).toBe(`New thread in ${ownSpace.title}: ${opened.title}`)
    expect(message.text).toContain('Stop following this space: ')
    expect(messagesTo(starter.email)).toHaveLength(0)
  })

  it('cannot be used to follow a thread nobody may read', async () => {
    const stranger = await createMember(payload)
    const pending = await createPost(payload, { author: author.id, space: space.id, state: 'pending' })
    expect(await follow(payload, stranger.id, { thread: pending.id })).toEqual({ status: 'refused', reason: 'notFound' })
    // Its author may follow it.
    expect(await follow(payload, author.id, { thread: pending.id })).toMatchObject({ status: 'following' })
  })
})

describe('the daily digest', () => {
  it('sends nothing at once, then one email grouping the day’s posts by thread; a second run sends nothing', async () => {
    const reader = await createMember(payload, { notifications: { email: true, cadence: 'daily', autoFollowOwnThreads: true } })
    const otherThread = await createPost(payload, { author: author.id, space: space.id, title: `Cargo bikes ${uniqueSuffix()}` })
    await follow(payload, reader.id, { thread: thread.id })
    await follow(payload, reader.id, { thread: otherThread.id })
    await publishPost({ author: author.id, space: space.id, thread: thread.id })
    await publishPost({ author: author.id, space: space.id, thread: otherThread.id })
    const removedLater = await publishPost({ author: author.id, space: space.id, thread: otherThread.id, body: 'Soon removed words' })
    await drainJobs(payload)
    expect(messagesTo(reader.email)).toHaveLength(0)
    await setState(removedLater, 'removed')

    // The daily job (07:00 UTC) does this.
    await payload.jobs.queue({ task: 'sendCommunityDigest', input: {} })
    await drainJobs(payload)
    const digests = messagesTo(reader.email)
    expect(digests).toHaveLength(1)
    expect(digests[0].subject).toBe('Your community digest: 2 new posts')
    expect(digests[0].text).toContain(thread.title?.toUpperCase())
    expect(digests[0].text).toContain(otherThread.title?.toUpperCase())
    expect(digests[0].text).not.toContain('Soon removed')
    expect(digests[0].headers?.['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click')

    await sendDailyDigests(payload)
    await drainJobs(payload)
    expect(messagesTo(reader.email)).toHaveLength(1)
  })
})

describe('ask the first movers', () => {
  it('tells the linked practice’s contact who is a member, without her following anything', async () => {
    const contact = await createMember(payload, { name: 'Pia Pioneer' })
    const outsider = `not-a-member-${uniqueSuffix()}@example.org`
    const practice = await createPractice(payload, await createPlace(payload), 'published', {
      title: `District heating ${uniqueSuffix()}`,
      contacts: [
        { name: 'Pia Pioneer', email: contact.email.toUpperCase() },
        { name: 'Someone else', email: outsider },
      ],
    })
    const draft = await createPractice(payload, await createPlace(payload), 'in_review', { contacts: [{ name: 'Draft contact', email: (await createMember(payload)).email }] })
    const asker = await createMember(payload, { name: 'Quentin Question' })
    await publishPost({ author: asker.id, space: space.id, practices: [practice.id, draft.id] })
    await drainJobs(payload)
    const [message] = messagesTo(contact.email)
    expect(messagesTo(contact.email)).toHaveLength(1)
    expect(message.subject).toBe(`A question for the first movers of ${practice.title}`)
    expect(message.text).toContain('Quentin Question asks')
    expect(messagesTo(outsider)).toHaveLength(0)
    const draftContact = (draft.contacts ?? [])[0]?.email as string
    expect(messagesTo(draftContact)).toHaveLength(0)
  })
})

describe('a reply chosen as the solution', () => {
  it('tells its author once, in her language, not the asker who chose her own reply, and nobody who turned email off', async () => {
    const asker = await createMember(payload, { name: 'Quinn Asker' })
    const helper = await createMember(payload, { name: 'Hana Helper', locale: 'fr' })
    const quiet = await createMember(payload, { name: 'Quiet Helper', notifications: { email: false } as Member['notifications'] })
    const question = await publishPost({ author: asker.id, space: space.id, title: `Which heat pump? ${uniqueSuffix()}` })
    const [helpful, silent, own] = [
      await publishPost({ author: helper.id, space: space.id, thread: question.id }),
      await publishPost({ author: quiet.id, space: space.id, thread: question.id }),
      await publishPost({ author: asker.id, space: space.id, thread: question.id }),
    ]
    await drainJobs(payload)
    const before = { asker: messagesTo(asker.email).length, helper: messagesTo(helper.email).length, quiet: messagesTo(quiet.email).length }

    expect(await markSolution(payload, { member: asker.id }, question.id, helpful.id)).toMatchObject({ ok: true })
    await drainJobs(payload)
    const told = messagesTo(helper.email).slice(before.helper)
    expect(told.map((message) => message.subject)).toEqual([`Votre réponse a résolu « ${question.title} »`])
    expect(told[0].text).toContain('choisie comme solution')
    expect(told[0].headers?.['List-Unsubscribe']).toMatch(/community\/unsubscribe\?token=/)

    // Unchosen and chosen again: she was told already.
    await markSolution(payload, { member: asker.id }, question.id, null)
    await markSolution(payload, { member: asker.id }, question.id, helpful.id)
    await drainJobs(payload)
    expect(messagesTo(helper.email)).toHaveLength(before.helper + 1)

    // Email off: nothing. Her own reply: nothing to tell her.
    await markSolution(payload, { member: asker.id }, question.id, silent.id)
    await markSolution(payload, { member: asker.id }, question.id, own.id)
    await drainJobs(payload)
    expect(messagesTo(quiet.email)).toHaveLength(before.quiet)
    expect(messagesTo(asker.email)).toHaveLength(before.asker)
    expect(await payload.count({ collection: 'community-notifications', where: { kind: { equals: 'solution' }, post: { in: [helpful.id, silent.id, own.id] } }, overrideAccess: true })).toMatchObject({ totalDocs: 1 })
  })
})

describe('unsubscribing', () => {
  it('a GET unsubscribes nobody; the one-click POST turns community email off and answers 200', async () => {
    const member = await createMember(payload)
    await follow(payload, member.id, { thread: thread.id })
    await publishPost({ author: author.id, space: space.id, thread: thread.id })
    await drainJobs(payload)
    const link = unsubscribeLink(messagesTo(member.email)[0]) as string
    expect(link).toBeTruthy()

    const get = await unsubscribeGET(new Request(link), routeContext('en'))
    expect(get.status).toBe(303)
    expect(get.headers.get('location')).toMatch(/\/en\/community\/unsubscribe\/confirm\?token=/)
    expect((await payload.findByID({ collection: 'members', id: member.id, overrideAccess: true })).notifications?.email).toBe(true)

    const post = await unsubscribePOST(
      new Request(link, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' }),
      routeContext('en'),
    )
    expect(post.status).toBe(200)
    expect((await payload.findByID({ collection: 'members', id: member.id, overrideAccess: true })).notifications?.email).toBe(false)

    await publishPost({ author: author.id, space: space.id, thread: thread.id })
    await drainJobs(payload)
    expect(messagesTo(member.email)).toHaveLength(1)
  })

  it('a follow’s own link stops that follow only', async () => {
    const member = await createMember(payload)
    await follow(payload, member.id, { thread: thread.id })
    await follow(payload, member.id, { space: space.id })
    await publishPost({ author: author.id, space: space.id, thread: thread.id })
    await drainJobs(payload)
    const stop = /Stop following this thread: (\S+)/.exec(messagesTo(member.email)[0].text)?.[1] as string
    const answer = await unsubscribePOST(new Request(stop, { method: 'POST', body: '' }), routeContext('en'))
    expect(answer.status).toBe(303)
    expect(answer.headers.get('location')).toContain('done=1')
    const left = await payload.find({ collection: 'community-follows', where: { member: { equals: member.id } }, overrideAccess: true })
    expect(left.docs.map((row) => (row.space ? 'space' : 'thread'))).toEqual(['space'])
    expect((await payload.findByID({ collection: 'members', id: member.id, overrideAccess: true })).notifications?.email).toBe(true)
  })

  it('answers 400 to a token we did not sign, and changes nothing', async () => {
    const member = await createMember(payload)
    for (const token of ['', 'garbage', `${member.id}.${'A'.repeat(43)}`, `${member.id}.t1.${'b'.repeat(43)}`]) {
      const url = `http://localhost/en/community/unsubscribe?token=${encodeURIComponent(token)}`
      expect((await unsubscribeGET(new Request(url), routeContext('en'))).status).toBe(400)
      const post = await unsubscribePOST(new Request(url, { method: 'POST', body: 'List-Unsubscribe=One-Click' }), routeContext('en'))
      expect(post.status).toBe(400)
      expect(await post.text()).toContain('This link does not work')
    }
    expect((await payload.findByID({ collection: 'members', id: member.id, overrideAccess: true })).notifications?.email).toBe(true)
  })
})
