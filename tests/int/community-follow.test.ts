import type { Payload } from 'payload'

import { follow, listFollows, setCadence, unfollow } from '@/lib/community/notifications/follows'
import { readSettingsForm, saveNotificationSettings } from '@/lib/community/notifications/settings'
import { signUnsubscribeToken, verifyUnsubscribeToken } from '@/lib/community/notifications/tokens'
import type { CommunitySpace, Member } from '@/payload-types'
import { createMember, createPost, createSpace, memberToken } from '../support/communityFixtures'
import { closePayload, getTestPayload } from '../support/payload'
import { rest } from '../support/rest'

let payload: Payload
let space: CommunitySpace
let author: Member

beforeAll(async () => {
  payload = await getTestPayload()
  space = await createSpace(payload, { title: 'Heat networks' })
  await payload.update({ collection: 'community-spaces', id: space.id, locale: 'fr', data: { title: 'Réseaux de chaleur' }, overrideAccess: true, context: { disableRevalidate: true } })
  author = await createMember(payload)
})

afterAll(async () => {
  await closePayload(payload)
})

const followsOf = (memberId: number) => payload.find({ collection: 'community-follows', where: { member: { equals: memberId } }, overrideAccess: true, depth: 0 })

describe('the follow service', () => {
  it('keeps one follow per member and target; the cadence defaults to the member’s and can change', async () => {
    const member = await createMember(payload, { notifications: { email: true, cadence: 'daily', autoFollowOwnThreads: true } })
    const thread = await createPost(payload, { author: author.id, space: space.id })
    expect(await follow(payload, member.id, { thread: thread.id })).toMatchObject({ status: 'following', cadence: 'daily' })
    expect(await follow(payload, member.id, { thread: thread.id })).toMatchObject({ status: 'following', cadence: 'daily' })
    const changed = await follow(payload, member.id, { thread: thread.id }, 'immediate')
    expect(changed).toMatchObject({ status: 'following', cadence: 'immediate' })
    expect((await followsOf(member.id)).docs).toHaveLength(1)

    expect(await unfollow(payload, member.id, { thread: thread.id })).toEqual({ removed: true })
    expect(await unfollow(payload, member.id, { thread: thread.id })).toEqual({ removed: false })
    expect((await followsOf(member.id)).docs).toHaveLength(0)
  })

  it('refuses a reply as a thread, an unknown space, a missing member and a suspended member', async () => {
    const member = await createMember(payload)
    const thread = await createPost(payload, { author: author.id, space: space.id })
    const reply = await createPost(payload, { author: author.id, space: space.id, thread: thread.id })
    expect(await follow(payload, member.id, { thread: reply.id })).toEqual({ status: 'refused', reason: 'notFound' })
    expect(await follow(payload, member.id, { space: 999_999_999 })).toEqual({ status: 'refused', reason: 'notFound' })
    expect(await follow(payload, 999_999_999, { space: space.id })).toEqual({ status: 'refused', reason: 'notMember' })
    const suspended = await createMember(payload, { moderation: { suspendedUntil: new Date(Date.now() + 3_600_000).toISOString() } })
    expect(await follow(payload, suspended.id, { space: space.id })).toEqual({ status: 'refused', reason: 'suspended' })
    // A sanction that ended no longer stands in the way.
    const past = await createMember(payload, { moderation: { suspendedUntil: new Date(Date.now() - 3_600_000).toISOString() } })
    expect(await follow(payload, past.id, { space: space.id })).toMatchObject({ status: 'following' })
    expect((await followsOf(suspended.id)).docs).toHaveLength(0)
  })

  it('changes the cadence of her own follows only', async () => {
    const [mine, other] = [await createMember(payload), await createMember(payload)]
    const outcome = await follow(payload, other.id, { space: space.id }, 'immediate')
    if (outcome.status !== 'following') throw new Error('not following')
    expect(await setCadence(payload, mine.id, outcome.id, 'daily')).toBe(false)
    expect((await followsOf(other.id)).docs[0].cadence).toBe('immediate')
    expect(await setCadence(payload, other.id, outcome.id, 'daily')).toBe(true)
    expect((await followsOf(other.id)).docs[0].cadence).toBe('daily')
  })

  it('lists her follows with titles in her language, and a thread no longer shown without its title', async () => {
    const member = await createMember(payload)
    const listed = await createPost(payload, { author: author.id, space: space.id, title: 'Heat pumps at scale' })
    const hiddenLater = await createPost(payload, { author: author.id, space: space.id, title: 'A thread about to be hidden' })
    await follow(payload, member.id, { space: space.id })
    await follow(payload, member.id, { thread: listed.id })
    await follow(payload, member.id, { thread: hiddenLater.id })
    await payload.update({ collection: 'community-posts', id: hiddenLater.id, data: { state: 'hidden' }, overrideAccess: true, context: { disableRevalidate: true } })

    const views = await listFollows(payload, member.id, 'fr')
    expect(views.map(({ kind, title, href }) => ({ kind, title, href }))).toEqual(
      expect.arrayContaining([
        { kind: 'space', title: 'Réseaux de chaleur', href: `/fr/community/spaces/${space.slug}` },
        { kind: 'thread', title: 'Heat pumps at scale', href: `/fr/community/threads/${listed.id}` },
        { kind: 'thread', title: '', href: '' },
      ]),
    )
    expect(JSON.stringify(views)).not.toContain('about to be hidden')
  })
})

describe('notification settings', () => {
  it('saves email on/off, the default cadence and auto-follow; a tampered cadence saves nothing', async () => {
    const member = await createMember(payload)
    const form = new FormData()
    form.set('cadence', 'daily')
    expect(await saveNotificationSettings(payload, member, readSettingsForm(form))).toEqual({ status: 'saved' })
    let saved = await payload.findByID({ collection: 'members', id: member.id, overrideAccess: true })
    expect(saved.notifications).toMatchObject({ email: false, cadence: 'daily', autoFollowOwnThreads: false })

    form.set('email', 'on')
    form.set('autoFollowOwnThreads', 'on')
    form.set('cadence', 'hourly')
    expect(await saveNotificationSettings(payload, member, readSettingsForm(form))).toEqual({ status: 'invalid', field: 'cadence' })
    saved = await payload.findByID({ collection: 'members', id: member.id, overrideAccess: true })
    expect(saved.notifications).toMatchObject({ email: false, cadence: 'daily' })
  })
})

describe('through the API', () => {
  it('a member reads her own follows only, and can neither write follows nor read notifications', async () => {
    const [anna, ben] = [await createMember(payload), await createMember(payload)]
    await follow(payload, anna.id, { space: space.id })
    await follow(payload, ben.id, { space: space.id })
    const token = await memberToken(payload, anna)
    const mine = await (await rest('GET', '/community-follows?limit=100', { token })).json()
    expect(mine.docs.map((doc: { member: number | { id: number } }) => (typeof doc.member === 'object' ? doc.member.id : doc.member))).toEqual([anna.id])
    expect((await rest('GET', '/community-follows')).status).toBe(403)
    expect((await rest('POST', '/community-follows', { token, json: { member: ben.id, space: space.id, cadence: 'daily' } })).status).toBe(403)
    expect((await rest('GET', '/community-notifications', { token })).status).toBe(403)
  })
})

describe('unsubscribe tokens', () => {
  it('name exactly what they were signed for; any change breaks them', () => {
    const token = signUnsubscribeToken({ member: 42, thread: 7 })
    expect(verifyUnsubscribeToken(token)).toEqual({ member: 42, thread: 7 })
    expect(verifyUnsubscribeToken(signUnsubscribeToken({ member: 42 }))).toEqual({ member: 42 })
    expect(verifyUnsubscribeToken(signUnsubscribeToken({ member: 42, space: 3 }))).toEqual({ member: 42, space: 3 })
    const signature = token.split('.').pop() as string
    expect(verifyUnsubscribeToken(`43.t7.${signature}`)).toBeNull()
    expect(verifyUnsubscribeToken(`42.${signature}`)).toBeNull()
    expect(verifyUnsubscribeToken(`42.s7.${signature}`)).toBeNull()
    expect(verifyUnsubscribeToken(`${token}x`)).toBeNull()
  })
})
