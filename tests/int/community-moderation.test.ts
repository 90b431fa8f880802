import type { Payload } from 'payload'

import { flagPost } from '@/lib/community/moderation/flags'
import { moderateMember } from '@/lib/community/moderation/moderateMember'
import { moderatePost } from '@/lib/community/moderation/moderatePost'
import { reviewQueue } from '@/lib/community/moderation/reviewQueue'
import { canPost } from '@/lib/community/moderation/sanctions'
import { createReply, createThread } from '@/lib/community/posting'
import type { CommunityPost, Member, User } from '@/payload-types'
import { createMember, createModerator, createPost, createSpace, memberToken, MEMBER_PASSWORD } from '../support/communityFixtures'
import { drainJobs } from '../support/jobs'
import { closePayload, getTestPayload } from '../support/payload'
import { ResendStub } from '../support/resendStub'
import { rest } from '../support/rest'

let payload: Payload
const stub = new ResendStub()
let moderator: User
let moderatorToken: string
let space: number

type SentMail = { to: string[]; subject: string; text?: string; html?: string; tags?: Array<{ value: string }> }

beforeAll(async () => {
  process.env.JOBS_AUTORUN = 'false'
  payload = await getTestPayload()
  process.env.RESEND_BASE_URL = await stub.start()
  process.env.RESEND_API_KEY = 're_test_community_moderation'
  moderator = (await createModerator(payload, 'Moderator Mona')) as User
  moderatorToken = (await payload.login({ collection: 'users', data: { email: moderator.email, password: MEMBER_PASSWORD } })).token!
  space = (await createSpace(payload)).id
})

afterAll(async () => {
  await drainJobs(payload)
  delete process.env.RESEND_API_KEY
  delete process.env.RESEND_BASE_URL
  await stub.stop()
  await closePayload(payload)
})

/** What the Resend stub received for an address, after the outbox's jobs ran. */
async function mailsTo(email: string): Promise<SentMail[]> {
  await drainJobs(payload)
  return stub.delivered.map((request) => request.body as SentMail).filter((mail) => mail.to.includes(email))
}

const postOf = (id: number) => payload.findByID({ collection: 'community-posts', id, overrideAccess: true, depth: 0 }) as Promise<CommunityPost>
const memberOf = (id: number) => payload.findByID({ collection: 'members', id, overrideAccess: true, depth: 0 }) as Promise<Member>
const logFor = async (where: Record<string, unknown>) =>
  (await payload.find({ collection: 'moderation-actions', where: where as never, overrideAccess: true, depth: 0, sort: '-createdAt' })).docs

describe('flags', () => {
  it('hide a post when the threshold of distinct members is reached (not before), log it and tell its author why, in her language', async () => {
    const author = await createMember(payload, { name: 'Auteure Flaggée', locale: 'fr' })
    const post = await createPost(payload, { author: author.id, space, title: 'Offre incroyable de panneaux solaires' })
    const flaggers = await Promise.all([createMember(payload), createMember(payload), createMember(payload)])

    expect(await flagPost(payload, flaggers[0].id, post.id, { reason: 'spam' })).toEqual({ outcome: 'flagged', hidden: false })
    expect(await flagPost(payload, flaggers[1].id, post.id, { reason: 'other', text: 'Advertising' })).toEqual({ outcome: 'flagged', hidden: false })
    let stored = await postOf(post.id)
    expect(stored.state).toBe('published')
    expect(stored.flagCount).toBe(2)
    expect((await rest('GET', `/community-posts/${post.id}`)).status).toBe(200)

    expect(await flagPost(payload, flaggers[2].id, post.id, { reason: 'spam' })).toEqual({ outcome: 'flagged', hidden: true })
    stored = await postOf(post.id)
    expect(stored.state).toBe('hidden')
    expect(stored.stateReason).toBe('spam')
    expect(stored.listed).toBe(false)
    expect((await rest('GET', `/community-posts/${post.id}`)).status).toBe(404)

    const [row] = await logFor({ post: { equals: post.id } })
    expect(row).toMatchObject({ action: 'auto_hide', automatic: true, reason: 'spam', member: author.id })
    expect(row.moderator ?? null).toBeNull()

    const mails = await mailsTo(author.email)
    expect(mails).toHaveLength(1)
    expect(mails[0].subject).toContain('masqué')
    expect(mails[0].text).toContain('Motif : Spam')
    expect(mails[0].text).toContain(`/fr/community/appeals/new?action=${row.id}`)
    // The flaggers stay anonymous to the author.
    for (const flagger of flaggers) expect(mails[0].text).not.toContain(flagger.name)
  })

  it('refuse a second flag by the same member, a flag on one’s own post, "other" without text, and flags from a silenced member', async () => {
    const author = await createMember(payload)
    const post = await createPost(payload, { author: author.id, space })
    const member = await createMember(payload)

    expect(await flagPost(payload, member.id, post.id, { reason: 'off_topic' })).toEqual({ outcome: 'flagged', hidden: false })
    expect(await flagPost(payload, member.id, post.id, { reason: 'spam' })).toEqual({ outcome: 'already' })
    expect(await flagPost(payload, author.id, post.id, { reason: 'spam' })).toEqual({ outcome: 'own' })
    expect(await flagPost(payload, (await createMember(payload)).id, post.id, { reason: 'other', text: '  ' })).toEqual({ outcome: 'text_required' })
    expect(await flagPost(payload, (await createMember(payload)).id, post.id, { reason: 'nonsense' })).toEqual({ outcome: 'invalid' })
    expect(await flagPost(payload, null, post.id, { reason: 'spam' })).toEqual({ outcome: 'signed_out' })

    const silenced = await createMember(payload, { moderation: { silencedUntil: new Date(Date.now() + 86_400_000).toISOString() } })
    expect(await flagPost(payload, silenced.id, post.id, { reason: 'spam' })).toEqual({ outcome: 'sanctioned' })

    const flags = await payload.find({ collection: 'community-flags', where: { post: { equals: post.id } }, overrideAccess: true })
    expect(flags.totalDocs).toBe(1)
    expect((await postOf(post.id)).flagCount).toBe(1)
  })

  it('cannot be read or written through the API by members', async () => {
    const member = await createMember(payload)
    const token = await memberToken(payload, member)
    expect((await rest('GET', '/community-flags', { token })).status).toBe(403)
    expect((await rest('POST', '/community-flags', { token, json: { post: 1, reason: 'spam' } })).status).toBe(403)
    expect((await rest('GET', '/moderation-actions', { token })).status).toBe(403)
  })
})

describe('moderation actions', () => {
  it('are each logged with the moderator, reason and time, and the author is told with the reason', async () => {
    const author = await createMember(payload, { name: 'Autora Moderada', locale: 'es' })
    const held = await createPost(payload, { author: author.id, space, state: 'pending', title: 'Pregunta retenida' })

    await moderatePost(payload, moderator, held.id, { action: 'approve' })
    expect((await postOf(held.id)).state).toBe('published')
    await moderatePost(payload, moderator, held.id, { action: 'edit', reason: 'personal_data', body: 'Texto sin datos personales', note: 'Quité un teléfono' })
    expect((await postOf(held.id)).body).toBe('Texto sin datos personales')
    const versions = await payload.findVersions({ collection: 'community-posts', where: { parent: { equals: held.id } }, overrideAccess: true })
    expect(versions.docs.some((version) => version.version.body !== 'Texto sin datos personales')).toBe(true)
    await moderatePost(payload, moderator, held.id, { action: 'lock' })
    expect((await postOf(held.id)).locked).toBe(true)
    const otherSpace = await createSpace(payload)
    await payload.update({ collection: 'community-spaces', id: otherSpace.id, locale: 'es', data: { title: 'Movilidad urbana' }, overrideAccess: true, context: { disableRevalidate: true } })
    const reply = await createPost(payload, { author: author.id, space, thread: held.id })
    await moderatePost(payload, moderator, held.id, { action: 'move', space: otherSpace.id, reason: 'wrong_space' })
    expect((await postOf(held.id)).space).toBe(otherSpace.id)
    expect((await postOf(reply.id)).space).toBe(otherSpace.id)
    await moderatePost(payload, moderator, held.id, { action: 'hide', reason: 'misinformation' })
    await moderatePost(payload, moderator, held.id, { action: 'restore' })
    await moderatePost(payload, moderator, held.id, { action: 'remove', reason: 'duplicate', note: 'Ya existe un hilo igual' })
    expect((await postOf(held.id)).state).toBe('removed')

    const rows = await logFor({ post: { equals: held.id } })
    expect(rows.map((row) => row.action).reverse()).toEqual(['approve', 'edit', 'lock', 'move', 'hide', 'restore', 'remove'])
    for (const row of rows) {
      expect(row.moderator).toBe(moderator.id)
      expect(row.automatic).toBe(false)
      expect(row.member).toBe(author.id)
      expect(Number.isNaN(Date.parse(row.createdAt))).toBe(false)
    }
    expect(rows.find((row) => row.action === 'move')).toMatchObject({ fromSpace: space, toSpace: otherSpace.id, reason: 'wrong_space' })

    const mails = await mailsTo(author.email)
    expect(mails.map((mail) => mail.subject)).toEqual(
      expect.arrayContaining([
        'Su mensaje está publicado: Pregunta retenida',
        'Un/a moderador/a editó su mensaje: Pregunta retenida',
        'Su hilo está cerrado: Pregunta retenida',
        'Su hilo ha sido movido: Pregunta retenida',
        'Su mensaje está oculto: Pregunta retenida',
        'Su mensaje vuelve a ser visible: Pregunta retenida',
        'Su mensaje ha sido retirado: Pregunta retenida',
      ]),
    )
    // The space it moved to is named in her language.
    expect(mails.find((mail) => mail.subject.startsWith('Su hilo ha sido movido'))?.text).toContain('Movilidad urbana')
    const removal = mails.find((mail) => mail.subject.startsWith('Su mensaje ha sido retirado'))!
    expect(removal.text).toContain('Motivo: Duplicado')
    expect(removal.text).toContain('Ya existe un hilo igual')
    expect(removal.text).toContain('/es/community/appeals/new?action=')
    const approval = mails.find((mail) => mail.subject.startsWith('Su mensaje está publicado'))!
    expect(approval.text).toContain(`/es/community/threads/${held.id}`)
    expect(approval.text).not.toContain('appeals/new')
  })

  it('refuse what does not fit: a reason is required to reject, only pending posts are rejected', async () => {
    const author = await createMember(payload)
    const held = await createPost(payload, { author: author.id, space, state: 'pending' })
    await expect(moderatePost(payload, moderator, held.id, { action: 'reject' })).rejects.toMatchObject({ status: 400, key: 'moderationReasonRequired' })
    await moderatePost(payload, moderator, held.id, { action: 'reject', reason: 'off_topic' })
    expect((await postOf(held.id)).state).toBe('removed')
    await expect(moderatePost(payload, moderator, held.id, { action: 'reject', reason: 'spam' })).rejects.toMatchObject({ status: 409 })
    expect((await logFor({ post: { equals: held.id } })).map((row) => row.action)).toEqual(['reject'])
  })

  it('approving a hidden post dismisses its flags', async () => {
    const author = await createMember(payload)
    const post = await createPost(payload, { author: author.id, space })
    for (let i = 0; i < 3; i++) await flagPost(payload, (await createMember(payload)).id, post.id, { reason: 'harassment' })
    expect((await postOf(post.id)).state).toBe('hidden')
    await moderatePost(payload, moderator, post.id, { action: 'approve', note: 'Nothing wrong' })
    expect(await postOf(post.id)).toMatchObject({ state: 'published', flagCount: 0, listed: true })
    const flags = await payload.find({ collection: 'community-flags', where: { post: { equals: post.id } }, overrideAccess: true })
    expect(flags.docs.map((flag) => flag.status)).toEqual(['dismissed', 'dismissed', 'dismissed'])
  })
})

describe('sanctions', () => {
  it('a suspended or silenced member cannot post until the sanction ends or is lifted; each step logged and told', async () => {
    const member = await createMember(payload)
    expect(canPost(member).allowed).toBe(true)
    await expect(moderateMember(payload, moderator, member.id, { action: 'suspend', days: 7 })).rejects.toMatchObject({ status: 400, key: 'moderationReasonRequired' })
    await moderateMember(payload, moderator, member.id, { action: 'suspend', days: 7, reason: 'harassment', note: 'Insults in three threads' })
    const suspended = await memberOf(member.id)
    expect(canPost(suspended)).toMatchObject({ allowed: false, sanction: 'suspended' })
    expect(canPost(suspended, new Date(Date.now() + 8 * 86_400_000)).allowed).toBe(true)
    expect(suspended.moderation?.sanctionReason).toBe('harassment')

    await moderateMember(payload, moderator, member.id, { action: 'lift_sanction' })
    expect(canPost(await memberOf(member.id)).allowed).toBe(true)
    await moderateMember(payload, moderator, member.id, { action: 'silence', days: 1, reason: 'spam' })
    expect(canPost(await memberOf(member.id))).toMatchObject({ allowed: false, sanction: 'silenced' })

    await expect(moderateMember(payload, moderator, member.id, { action: 'silence', until: '2001-01-01T00:00:00Z', reason: 'spam' })).rejects.toMatchObject({ status: 400, key: 'moderationDaysRequired' })
    const until = new Date(Date.now() + 3 * 86_400_000).toISOString()
    await moderateMember(payload, moderator, member.id, { action: 'silence', until, reason: 'spam' })
    expect((await memberOf(member.id)).moderation?.silencedUntil).toBe(until)

    const rows = await logFor({ member: { equals: member.id } })
    expect(rows.map((row) => row.action).reverse()).toEqual(['suspend', 'lift_sanction', 'silence', 'silence'])
    expect(rows.every((row) => row.moderator === moderator.id)).toBe(true)
    expect(rows.find((row) => row.action === 'suspend')?.until).toBeTruthy()
    const mails = await mailsTo(member.email)
    expect(mails.map((mail) => mail.subject)).toEqual(
      expect.arrayContaining(['Your community account is suspended', 'Your community account has no more restrictions', 'Your community account is silenced']),
    )
    expect(mails.find((mail) => mail.subject.endsWith('suspended'))?.text).toContain('Reason: Harassment or abuse')
  })

  it('a member suspended by a moderator is refused by the posting service, threads and replies alike, and can post once it is lifted', async () => {
    const member = await createMember(payload, { moderation: { trustLevel: 2, publishedPosts: 30 } })
    const thread = await createPost(payload, { author: (await createMember(payload)).id, space })
    await moderateMember(payload, moderator, member.id, { action: 'suspend', days: 5, reason: 'harassment' })
    const refusedThread = await createThread(payload, member.id, { space, kind: 'question', title: 'Am I allowed to post?', body: 'Hello' })
    const refusedReply = await createReply(payload, member.id, { thread: thread.id, body: 'A reply while suspended' })
    expect(refusedThread).toMatchObject({ ok: false, code: 'suspended' })
    expect(refusedReply).toMatchObject({ ok: false, code: 'suspended' })
    expect((await payload.count({ collection: 'community-posts', where: { author: { equals: member.id } }, overrideAccess: true })).totalDocs).toBe(0)

    await moderateMember(payload, moderator, member.id, { action: 'lift_sanction' })
    expect(await createReply(payload, member.id, { thread: thread.id, body: 'Back again' })).toMatchObject({ ok: true })
  })

  it('the verified city official badge needs evidence', async () => {
    const member = await createMember(payload, { role: 'city_official' })
    await expect(moderateMember(payload, moderator, member.id, { action: 'verify_official' })).rejects.toMatchObject({ status: 400, key: 'moderationEvidenceRequired' })
    await moderateMember(payload, moderator, member.id, { action: 'verify_official', evidence: 'Email from the city domain' })
    const verified = await memberOf(member.id)
    expect(verified.moderation).toMatchObject({ verifiedOfficial: true, verifiedBy: moderator.id })
    expect(verified.verificationEvidence).toBe('Email from the city domain')
  })
})

describe('the moderation endpoints', () => {
  it('answer 401 signed out and 403 to members and staff without the moderator role, changing nothing', async () => {
    const author = await createMember(payload)
    const post = await createPost(payload, { author: author.id, space, state: 'pending' })
    const memberTokenValue = await memberToken(payload, await createMember(payload))
    const editor = await payload.create({ collection: 'users', overrideAccess: true, data: { email: `editor-${post.id}@example.org`, password: MEMBER_PASSWORD, name: 'Editor', roles: ['editor'] } })
    const editorToken = (await payload.login({ collection: 'users', data: { email: editor.email, password: MEMBER_PASSWORD } })).token!
    const calls: Array<[string, unknown]> = [
      [`/community-posts/${post.id}/moderate`, { action: 'approve' }],
      [`/members/${author.id}/sanction`, { action: 'suspend', days: 3, reason: 'spam' }],
      [`/community-appeals/1/decide`, { outcome: 'upheld' }],
    ]
    for (const [path, json] of calls) {
      expect((await rest('POST', path, { json })).status).toBe(401)
      const asMember = await rest('POST', path, { json, token: memberTokenValue })
      expect(asMember.status).toBe(403)
      expect(((await asMember.json()) as { errors: Array<{ message: string }> }).errors[0].message).toBe('Only community moderators can do this.')
      expect((await rest('POST', path, { json, token: editorToken })).status).toBe(403)
    }
    expect((await postOf(post.id)).state).toBe('pending')
    expect(canPost(await memberOf(author.id)).allowed).toBe(true)
  })

  it('take a moderator’s JSON (400 with a localized message when incomplete) and a plain form (303 back to the queue)', async () => {
    const author = await createMember(payload)
    const post = await createPost(payload, { author: author.id, space, state: 'pending' })
    const bad = await rest('POST', `/community-posts/${post.id}/moderate`, { json: { action: 'reject' }, token: moderatorToken, headers: { 'Accept-Language': 'fr' } })
    expect(bad.status).toBe(400)
    expect(((await bad.json()) as { errors: Array<{ message: string }> }).errors[0].message).toMatch(/motif/i)

    const form = await rest('POST', `/community-posts/${post.id}/moderate`, {
      token: moderatorToken,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ action: 'approve', returnTo: 'https://evil.example.org/' }).toString(),
    })
    expect(form.status).toBe(303)
    expect(form.headers.get('location')).toBe('/admin/community-review?ok=approve')
    expect((await postOf(post.id)).state).toBe('published')

    const missing = await rest('POST', '/community-posts/999999999/moderate', { json: { action: 'approve' }, token: moderatorToken })
    expect(missing.status).toBe(404)
    const conflict = await rest('POST', `/community-posts/${post.id}/moderate`, { json: { action: 'approve' }, token: moderatorToken })
    expect(conflict.status).toBe(409)
  })
})

describe('the review queue', () => {
  it('lists held posts oldest first, hidden posts with their flags and the author’s standing', async () => {
    const author = await createMember(payload, { name: 'Queued Author', moderation: { trustLevel: 0, publishedPosts: 1 } })
    const first = await createPost(payload, { author: author.id, space, state: 'pending', title: 'First held thread' })
    const second = await createPost(payload, { author: author.id, space, state: 'pending', title: 'Second held thread' })
    const reply = await createPost(payload, { author: author.id, space, thread: first.id, state: 'pending', body: '<script>alert(1)</script>' })
    const flagged = await createPost(payload, { author: author.id, space, title: 'Flagged thread' })
    for (const reason of ['spam', 'spam', 'other'] as const) await flagPost(payload, (await createMember(payload)).id, flagged.id, { reason, text: reason === 'other' ? 'Selling panels' : undefined })
    await moderateMember(payload, moderator, author.id, { action: 'silence', days: 2, reason: 'spam' })

    const queue = await reviewQueue(payload, moderator.id)
    const ids = queue.pending.map((post) => post.id)
    expect(ids.indexOf(first.id)).toBeLessThan(ids.indexOf(second.id))
    expect(ids.indexOf(second.id)).toBeLessThan(ids.indexOf(reply.id))
    const queuedReply = queue.pending.find((post) => post.id === reply.id)!
    expect(queuedReply).toMatchObject({ isThread: false, threadId: first.id, threadTitle: 'First held thread', body: '<script>alert(1)</script>' })
    expect(queuedReply.author).toMatchObject({ name: 'Queued Author', trustLevel: 0, publishedPosts: 1, sanction: { kind: 'silenced', reason: 'spam' } })

    const hidden = queue.hidden.find((post) => post.id === flagged.id)!
    expect(hidden.stateReason).toBe('spam')
    expect(hidden.flags.map((flag) => flag.reason).sort()).toEqual(['other', 'spam', 'spam'])
    expect(hidden.flags.find((flag) => flag.reason === 'other')?.text).toBe('Selling panels')
    expect(queue.spaces.some((entry) => entry.id === space)).toBe(true)
    expect(queue.focus).toBeNull()

    // Any post can be asked for by id (a valuable thread outside the queue), shown once.
    const plain = await createPost(payload, { author: author.id, space, title: 'A valuable thread' })
    const focused = await reviewQueue(payload, moderator.id, undefined, new Date(), plain.id)
    expect(focused.focus).toMatchObject({ id: plain.id, state: 'published', isThread: true })
    const again = await reviewQueue(payload, moderator.id, undefined, new Date(), first.id)
    expect(again.focus?.id).toBe(first.id)
    expect(again.pending.map((post) => post.id)).not.toContain(first.id)
  })
})
