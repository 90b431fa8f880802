import type { Payload } from 'payload'

import { appealableAction, createAppeal, decideAppeal } from '@/lib/community/moderation/appeals'
import { flagPost } from '@/lib/community/moderation/flags'
import { moderateMember } from '@/lib/community/moderation/moderateMember'
import { moderatePost } from '@/lib/community/moderation/moderatePost'
import { reviewQueue } from '@/lib/community/moderation/reviewQueue'
import { canPost } from '@/lib/community/moderation/sanctions'
import type { CommunityAppeal, CommunityPost, Member, User } from '@/payload-types'
import { createMember, createModerator, createPost, createSpace, MEMBER_PASSWORD } from '../support/communityFixtures'
import { drainJobs } from '../support/jobs'
import { closePayload, getTestPayload } from '../support/payload'
import { uniqueSuffix } from '../support/practiceFixtures'
import { ResendStub } from '../support/resendStub'
import { rest } from '../support/rest'

let payload: Payload
const stub = new ResendStub()
let acting: User
let other: User
let space: number

type SentMail = { to: string[]; subject: string; text?: string }

beforeAll(async () => {
  process.env.JOBS_AUTORUN = 'false'
  payload = await getTestPayload()
  process.env.RESEND_BASE_URL = await stub.start()
  process.env.RESEND_API_KEY = 're_test_community_appeals'
  // The moderator who acts is an admin too: being admin does not let her decide an appeal against herself.
  acting = (await payload.create({
    collection: 'users',
    overrideAccess: true,
    data: { email: `acting-${uniqueSuffix()}@example.org`, password: MEMBER_PASSWORD, name: 'Acting Admin', roles: ['admin', 'moderator'] },
  })) as User
  other = (await createModerator(payload, 'Other Moderator')) as User
  space = (await createSpace(payload)).id
})

afterAll(async () => {
  await drainJobs(payload)
  delete process.env.RESEND_API_KEY
  delete process.env.RESEND_BASE_URL
  await stub.stop()
  await closePayload(payload)
})

async function mailsTo(email: string): Promise<SentMail[]> {
  await drainJobs(payload)
  return stub.delivered.map((request) => request.body as SentMail).filter((mail) => mail.to.includes(email))
}

const tokenOf = async (user: User) => (await payload.login({ collection: 'users', data: { email: user.email, password: MEMBER_PASSWORD } })).token!
const postOf = (id: number) => payload.findByID({ collection: 'community-posts', id, overrideAccess: true, depth: 0 }) as Promise<CommunityPost>
const appealOf = (id: number) => payload.findByID({ collection: 'community-appeals', id, overrideAccess: true, depth: 0 }) as Promise<CommunityAppeal>

describe('an appeal against a removed post', () => {
  let author: Member
  let post: CommunityPost
  let actionId: number
  let appealId: number

  beforeAll(async () => {
    author = await createMember(payload, { name: 'Appealing Author' })
    post = await createPost(payload, { author: author.id, space, title: 'District heating tariffs' })
    actionId = (await moderatePost(payload, acting, post.id, { action: 'remove', reason: 'off_topic' })).logId
  })

  it('is open only to the member the action is about (anyone else: not found)', async () => {
    const stranger = await createMember(payload)
    expect(await appealableAction(payload, stranger.id, actionId)).toBeNull()
    expect(await createAppeal(payload, stranger.id, actionId, 'Let me in')).toEqual({ outcome: 'not_found' })
    expect(await appealableAction(payload, author.id, 999_999_999)).toBeNull()
    expect(await appealableAction(payload, author.id, actionId)).toMatchObject({ id: actionId, action: 'remove', reason: 'off_topic', appealed: false, post: { id: post.id, title: 'District heating tariffs' } })
  })

  it('needs a text, goes to a moderator other than the one who acted, and is made once', async () => {
    expect(await createAppeal(payload, author.id, actionId, '   ')).toEqual({ outcome: 'required' })
    expect(await createAppeal(payload, author.id, actionId, 'x'.repeat(2001))).toEqual({ outcome: 'too_long' })
    const result = await createAppeal(payload, author.id, actionId, 'This was on topic: tariffs are part of district heating.')
    expect(result.outcome).toBe('sent')
    if (result.outcome !== 'sent') return
    appealId = result.appealId
    expect(result.assignedTo).not.toBeNull()
    expect(result.assignedTo).not.toBe(acting.id)
    const assignee = (await payload.findByID({ collection: 'users', id: result.assignedTo as number, overrideAccess: true })) as User
    expect(assignee.roles?.some((role) => role === 'moderator' || role === 'admin')).toBe(true)

    const assigneeMails = await mailsTo(assignee.email)
    expect(assigneeMails.map((mail) => mail.subject)).toContain('An appeal waits for your decision')
    expect(assigneeMails.find((mail) => mail.subject === 'An appeal waits for your decision')?.text).toContain('/admin/community-review')

    // It waits in the assignee's review queue, never in the acting moderator's.
    expect((await reviewQueue(payload, result.assignedTo as number)).appeals.map((entry) => entry.id)).toContain(appealId)
    expect((await reviewQueue(payload, acting.id)).appeals.map((entry) => entry.id)).not.toContain(appealId)

    expect(await createAppeal(payload, author.id, actionId, 'Again')).toEqual({ outcome: 'already' })
    expect((await payload.count({ collection: 'community-appeals', where: { action: { equals: actionId } }, overrideAccess: true })).totalDocs).toBe(1)
  })

  it('cannot be decided by the moderator who acted, even an admin (403, also through the endpoint)', async () => {
    await expect(decideAppeal(payload, acting.id, appealId, { outcome: 'upheld' })).rejects.toMatchObject({ status: 403, key: 'appealOwnAction' })
    const response = await rest('POST', `/community-appeals/${appealId}/decide`, { json: { outcome: 'upheld' }, token: await tokenOf(acting) })
    expect(response.status).toBe(403)
    expect((await appealOf(appealId)).status).toBe('open')
    expect((await postOf(post.id)).state).toBe('removed')
  })

  it('upheld by another moderator: the post is back, the decision logged and the member told', async () => {
    const response = await rest('POST', `/community-appeals/${appealId}/decide`, { json: { outcome: 'upheld', note: 'Tariffs are on topic.' }, token: await tokenOf(other) })
    expect(response.status).toBe(200)
    expect(await appealOf(appealId)).toMatchObject({ status: 'upheld', decidedBy: other.id, decisionNote: 'Tariffs are on topic.' })
    expect(await postOf(post.id)).toMatchObject({ state: 'published', listed: true })
    const [row] = (await payload.find({ collection: 'moderation-actions', where: { post: { equals: post.id } }, sort: '-createdAt', overrideAccess: true, depth: 0 })).docs
    expect(row).toMatchObject({ action: 'appeal_upheld', moderator: other.id, member: author.id, reason: 'appeal' })

    const mails = await mailsTo(author.email)
    const removal = mails.find((mail) => mail.subject.startsWith('Your post was removed'))!
    expect(removal.text).toContain(`/en/community/appeals/new?action=${actionId}`)
    const outcome = mails.find((mail) => mail.subject === 'Your appeal is upheld')!
    expect(outcome.text).toContain('Tariffs are on topic.')

    const again = await rest('POST', `/community-appeals/${appealId}/decide`, { json: { outcome: 'denied' }, token: await tokenOf(other) })
    expect(again.status).toBe(409)
  })
})

describe('an appeal against a sanction', () => {
  it('denied: the sanction stands, the decision is logged and told', async () => {
    const member = await createMember(payload, { name: 'Suspended Member', locale: 'pt' })
    const { logId } = await moderateMember(payload, acting, member.id, { action: 'suspend', days: 10, reason: 'harassment' })
    const appeal = await createAppeal(payload, member.id, logId, 'I apologise.')
    expect(appeal.outcome).toBe('sent')
    if (appeal.outcome !== 'sent') return
    await decideAppeal(payload, other.id, appeal.appealId, { outcome: 'denied', note: 'Repeated insults.' })
    const stored = (await payload.findByID({ collection: 'members', id: member.id, overrideAccess: true })) as Member
    expect(canPost(stored).allowed).toBe(false)
    const mails = await mailsTo(member.email)
    expect(mails.map((mail) => mail.subject)).toEqual(expect.arrayContaining(['A sua conta da comunidade está suspensa', 'O seu recurso foi rejeitado']))
    const logged = (await payload.find({ collection: 'moderation-actions', where: { member: { equals: member.id } }, sort: '-createdAt', overrideAccess: true, depth: 0 })).docs
    expect(logged[0]).toMatchObject({ action: 'appeal_denied', moderator: other.id })
  })

  it('upheld: the sanction is lifted', async () => {
    const member = await createMember(payload)
    const { logId } = await moderateMember(payload, acting, member.id, { action: 'silence', days: 3, reason: 'spam' })
    const appeal = await createAppeal(payload, member.id, logId, 'Those were links to our city’s reports.')
    if (appeal.outcome !== 'sent') throw new Error(appeal.outcome)
    await decideAppeal(payload, other.id, appeal.appealId, { outcome: 'upheld' })
    const stored = (await payload.findByID({ collection: 'members', id: member.id, overrideAccess: true })) as Member
    expect(canPost(stored).allowed).toBe(true)
  })
})

describe('an appeal against an automatic hide', () => {
  it('goes to a moderator (nobody acted), who can restore the post', async () => {
    const author = await createMember(payload)
    const post = await createPost(payload, { author: author.id, space })
    for (let i = 0; i < 3; i++) await flagPost(payload, (await createMember(payload)).id, post.id, { reason: 'misinformation' })
    const [hide] = (await payload.find({ collection: 'moderation-actions', where: { and: [{ post: { equals: post.id } }, { action: { equals: 'auto_hide' } }] }, overrideAccess: true, depth: 0 })).docs
    const appeal = await createAppeal(payload, author.id, hide.id, 'The figures come from the city’s energy report.')
    if (appeal.outcome !== 'sent') throw new Error(appeal.outcome)
    expect(appeal.assignedTo).not.toBeNull()
    await decideAppeal(payload, acting.id, appeal.appealId, { outcome: 'upheld' })
    expect((await postOf(post.id)).state).toBe('published')
  })

  it('is not offered for actions that cannot be appealed (an approval)', async () => {
    const author = await createMember(payload)
    const held = await createPost(payload, { author: author.id, space, state: 'pending' })
    const { logId } = await moderatePost(payload, acting, held.id, { action: 'approve' })
    expect(await appealableAction(payload, author.id, logId)).toBeNull()
  })
})
