import type { Payload } from 'payload'
import sharp from 'sharp'

import { getAccountView } from '@/lib/community/members/account'
import { deleteMemberAccount } from '@/lib/community/members/deleteAccount'
import { exportMemberData } from '@/lib/community/members/exportData'
import { replaceMemberPhoto } from '@/lib/community/members/photo'
import { getMemberProfile } from '@/lib/community/members/profileView'
import { updateMemberProfile } from '@/lib/community/members/profile'
import { requestPasswordReset } from '@/lib/community/members/password'
import type { Member } from '@/payload-types'
import { createMember, createModerator, createPost, createSpace, memberToken } from '../support/communityFixtures'
import { formData } from '../support/memberForms'
import { closePayload, getTestPayload } from '../support/payload'
import { createPlace, createPractice, createStaff, type PlaceFixture, uniqueSuffix } from '../support/practiceFixtures'
import { graphqlQuery, rest } from '../support/rest'

let payload: Payload
let place: PlaceFixture
let space: number

beforeAll(async () => {
  payload = await getTestPayload()
  place = await createPlace(payload)
  space = (await createSpace(payload)).id
})

afterAll(async () => closePayload(payload))

const png = (size = 64) => sharp({ create: { width: size, height: size, channels: 3, background: { r: 10, g: 120, b: 80 } } }).png().toBuffer()
const file = async (type = 'image/png', data?: Buffer) => new File([new Uint8Array(data ?? (await png()))], 'me.png', { type })

const memberView = (member: Member) => ({ member, moderator: null })

/** A member with a full profile, told what to hide. */
async function profiledMember(privacy: Partial<NonNullable<Member['privacy']>> = {}) {
  const suffix = uniqueSuffix()
  return createMember(payload, {
    name: `Ines Okafor ${suffix}`,
    organisation: `Lagos Climate Office ${suffix}`,
    role: 'city_official',
    city: place.cityId,
    country: place.countryId,
    languages: ['en', 'fr'],
    themes: [place.themeId],
    bio: `Retrofitting schools ${suffix}`,
    privacy: { showOrganisation: true, showLocation: true, showRole: true, showLanguages: true, showThemes: true, showBio: true, showPhoto: true, ...privacy },
  })
}

describe('a member profile', () => {
  it('is seen by signed-in members and moderators only, never by an anonymous visitor nor through the API', async () => {
    const owner = await profiledMember()
    const other = await createMember(payload)
    expect(await getMemberProfile(payload, { member: null, moderator: null }, owner.id, 'en')).toEqual({ status: 'signInRequired' })
    const seen = await getMemberProfile(payload, memberView(other), owner.id, 'en')
    expect(seen).toMatchObject({ status: 'found', own: false, profile: { name: owner.name, organisation: owner.organisation, role: 'City official', languages: ['English', 'French'] } })
    const moderator = await createModerator(payload)
    expect((await getMemberProfile(payload, { member: null, moderator }, owner.id, 'en')).status).toBe('found')
    expect(await getMemberProfile(payload, memberView(other), 999_999_999, 'en')).toEqual({ status: 'notFound' })

    // Another member's token opens no member record through REST, whatever she asks.
    const token = await memberToken(payload, other)
    expect([403, 404]).toContain((await rest('GET', `/members/${owner.id}`, { token })).status)
    const list = await (await rest('GET', `/members?where[id][equals]=${owner.id}`, { token })).json()
    expect(JSON.stringify(list)).not.toContain(owner.email)
    expect(JSON.stringify(await (await rest('GET', `/members/${owner.id}`)).json())).not.toContain(owner.email)
  })

  it('shows only what her privacy settings allow; name and badge always show', async () => {
    const owner = await profiledMember({ showOrganisation: false, showLocation: false, showBio: false, showLanguages: false, showThemes: false, showRole: false, showPhoto: false })
    await payload.update({ collection: 'members', id: owner.id, data: { moderation: { verifiedOfficial: true } }, overrideAccess: true })
    await replaceMemberPhoto(payload, owner.id, await file())
    const viewer = await createMember(payload)
    const outcome = await getMemberProfile(payload, memberView(viewer), owner.id, 'en')
    if (outcome.status !== 'found') throw new Error(outcome.status)
    expect(outcome.profile).toMatchObject({ name: owner.name, verifiedOfficial: true, organisation: null, location: null, bio: null, languages: null, themes: null, role: null, photo: null })
    const shown = JSON.stringify(outcome.profile)
    for (const hidden of [owner.organisation!, owner.bio!, 'Testville', 'City official']) expect(shown).not.toContain(hidden)
  })

  it('lists her latest listed threads only', async () => {
    const owner = await profiledMember()
    await createPost(payload, { author: owner.id, space, title: 'Shading schoolyards' })
    await createPost(payload, { author: owner.id, space, state: 'pending', title: 'Held back thought' })
    const outcome = await getMemberProfile(payload, memberView(await createMember(payload)), owner.id, 'en')
    if (outcome.status !== 'found') throw new Error(outcome.status)
    expect(outcome.profile.threads.map((thread) => thread.title)).toEqual(['Shading schoolyards'])
  })
})

describe('the account page', () => {
  it('shows her a sanction in force with its reason, not one that ended, and her posts waiting for review', async () => {
    const member = await createMember(payload)
    const later = new Date(Date.now() + 3 * 24 * 60 * 60 * 1000).toISOString()
    const earlier = new Date(Date.now() - 60 * 1000).toISOString()
    await payload.update({ collection: 'members', id: member.id, overrideAccess: true, data: { moderation: { silencedUntil: later, suspendedUntil: earlier, sanctionReason: 'Repeated off-topic posts', trustLevel: 1 } } })
    const thread = await createPost(payload, { author: member.id, space, title: 'Published thread' })
    await createPost(payload, { author: member.id, space, state: 'pending', title: 'Waiting thread' })
    await createPost(payload, { author: member.id, space, state: 'pending', thread: thread.id, body: 'A **waiting** reply' })
    const view = await getAccountView(payload, member.id, 'en')
    expect(view?.trustLevel).toBe(1)
    expect(view?.sanctions).toEqual([{ kind: 'silenced', until: later, reason: 'Repeated off-topic posts' }])
    expect(view?.pending.count).toBe(2)
    expect(view?.pending.posts.map((post) => post.label).sort()).toEqual(['A waiting reply', 'Waiting thread'])
    expect(view?.pending.posts.find((post) => post.label === 'A waiting reply')?.path).toMatch(new RegExp(`^/en/community/threads/${thread.id}#post-\\d+$`))
  })
})

describe('the account form', () => {
  it('saves her profile, privacy and email language, and refuses a city of another country', async () => {
    const member = await createMember(payload)
    const base = { name: 'Renamed Member', organisation: 'Porto Energy Agency', role: 'practitioner', country: 'ZZ', city: String(place.cityId), languages: ['pt'], themes: [String(place.themeId)], bio: 'Hello', locale: 'pt' }
    const saved = await updateMemberProfile(payload, member.id, formData({ ...base, 'privacy.showBio': 'yes' }))
    expect(saved).toEqual({ status: 'saved' })
    const stored = await payload.findByID({ collection: 'members', id: member.id, overrideAccess: true, depth: 0 })
    expect(stored).toMatchObject({ name: 'Renamed Member', locale: 'pt', city: place.cityId, country: place.countryId, privacy: { showBio: true, showOrganisation: false } })
    expect(await updateMemberProfile(payload, member.id, formData({ ...base, country: '', name: 'Again' }))).toMatchObject({ status: 'invalid', errors: { city: 'cityInvalid' } })
    expect((await payload.findByID({ collection: 'members', id: member.id, overrideAccess: true })).name).toBe('Renamed Member')
  })

  it('stores a photo with her name as alt text, replaces (and deletes) the old one, and refuses other files', async () => {
    const member = await createMember(payload)
    expect(await replaceMemberPhoto(payload, member.id, await file())).toEqual({ status: 'saved' })
    const first = (await payload.findByID({ collection: 'members', id: member.id, overrideAccess: true, depth: 1 })).photo
    if (!first || typeof first !== 'object') throw new Error('no photo')
    expect(first.alt).toBe(member.name)
    expect(await replaceMemberPhoto(payload, member.id, await file())).toEqual({ status: 'saved' })
    expect(await payload.findByID({ collection: 'media', id: first.id, overrideAccess: true, disableErrors: true })).toBeNull()

    expect(await replaceMemberPhoto(payload, member.id, await file('application/pdf'))).toEqual({ status: 'error', code: 'photoType' })
    expect(await replaceMemberPhoto(payload, member.id, await file('image/png', Buffer.alloc(2 * 1024 * 1024 + 1)))).toEqual({ status: 'error', code: 'photoTooLarge' })
    expect(await replaceMemberPhoto(payload, member.id, await file('image/png', Buffer.from('not an image at all')))).toEqual({ status: 'error', code: 'photoUnreadable' })
  })
})

describe('a member photo', () => {
  /** What an HTTP client gets of a media row: the REST list and document, GraphQL, and the file itself. */
  async function reach(media: { id: number; filename?: string | null }, token?: string) {
    const list = (await (await rest('GET', `/media?where[id][equals]=${media.id}&depth=0`, { token })).json()) as { docs: unknown[] }
    const byId = await rest('GET', `/media/${media.id}`, { token })
    const graph = await graphqlQuery(`{ allMedia(where: { id: { equals: ${media.id} } }) { docs { id alt } } }`, token)
    const fileResponse = await rest('GET', `/media/file/${media.filename}`, { token })
    return {
      list: list.docs.length,
      byId: byId.status,
      graphql: ((graph.data?.allMedia as { docs: unknown[] } | undefined)?.docs ?? []).length,
      file: fileResponse.status,
    }
  }

  async function photoOf(member: Member) {
    // Large enough for Payload to make its resized copies.
    expect(await replaceMemberPhoto(payload, member.id, await file('image/png', await png(800)))).toEqual({ status: 'saved' })
    const photo = (await payload.findByID({ collection: 'members', id: member.id, overrideAccess: true, depth: 1 })).photo
    if (!photo || typeof photo !== 'object') throw new Error('no photo')
    return photo
  }

  it('never reaches the public; a member sees her own, and another member’s only when her privacy settings show it', async () => {
    const shown = await profiledMember()
    const hidden = await profiledMember({ showPhoto: false })
    const shownPhoto = await photoOf(shown)
    const hiddenPhoto = await photoOf(hidden)
    expect(shownPhoto).toMatchObject({ member: shown.id })

    const nobody = { list: 0, byId: 404, graphql: 0, file: 403 }
    const everything = { list: 1, byId: 200, graphql: 1, file: 200 }
    // Anonymous: neither photo, by any way, though her name is the alt text; nor its resized copies.
    expect(await reach(shownPhoto)).toEqual(nobody)
    expect(await reach(hiddenPhoto)).toEqual(nobody)
    const thumbnail = shownPhoto.sizes?.thumbnail?.filename
    expect(thumbnail).toBeTruthy()
    expect((await rest('GET', `/media/file/${thumbnail}`)).status).toBe(403)
    const { docs: publicMedia } = (await (await rest('GET', '/media?limit=0&depth=0')).json()) as { docs: Array<{ alt?: string }> }
    expect(publicMedia.some((media) => media.alt === shown.name || media.alt === hidden.name)).toBe(false)

    // Another member: the photo her privacy settings show, not the hidden one.
    const other = await createMember(payload)
    const otherToken = await memberToken(payload, other)
    expect(await reach(shownPhoto, otherToken)).toEqual(everything)
    expect(await reach(hiddenPhoto, otherToken)).toEqual(nobody)
    // She herself, and staff, always.
    expect(await reach(hiddenPhoto, await memberToken(payload, hidden))).toEqual(everything)
    expect(await reach(hiddenPhoto, (await createStaff(payload, 'moderator')).token)).toEqual(everything)

    // However her account is deleted (here by herself through Payload's API), her photo goes with it:
    // it never becomes an owner-less, public media file.
    const leaving = await profiledMember()
    const leavingPhoto = await photoOf(leaving)
    expect((await rest('DELETE', `/members/${leaving.id}`, { token: await memberToken(payload, leaving) })).status).toBe(200)
    expect(await payload.findByID({ collection: 'media', id: leavingPhoto.id, overrideAccess: true, disableErrors: true })).toBeNull()
    expect((await rest('GET', `/media/file/${leavingPhoto.filename}`)).status).not.toBe(200)

    // The portal's own media stays public.
    const asset = await payload.create({ collection: 'media', overrideAccess: true, data: { alt: 'A public asset', licence: 'cc0' }, file: { data: await png(), mimetype: 'image/png', name: `asset-${uniqueSuffix()}.png`, size: 100 } })
    expect(await reach(asset)).toEqual(everything)
  })
})

/** Her traces across the community: posts, a reply in another's thread, follows, a notification, a flag, a sanction and its appeal, an email. */
async function activeMember() {
  const member = await profiledMember()
  const other = await createMember(payload)
  const thread = await createPost(payload, { author: member.id, space, title: `Her question ${uniqueSuffix()}` })
  const othersThread = await createPost(payload, { author: other.id, space, title: `Other question ${uniqueSuffix()}` })
  const reply = await createPost(payload, { author: member.id, space, thread: othersThread.id, body: 'Her reply' })
  await payload.update({ collection: 'community-posts', id: reply.id, data: { body: 'Her reply, edited' }, overrideAccess: true, context: { disableRevalidate: true, skipPublicationEffects: true } })
  const held = await createPost(payload, { author: member.id, space, state: 'pending', title: 'Her held post' })
  await payload.create({ collection: 'community-follows', overrideAccess: true, data: { member: member.id, thread: othersThread.id, cadence: 'daily' } })
  await payload.create({ collection: 'community-follows', overrideAccess: true, data: { member: other.id, thread: thread.id, cadence: 'immediate' } })
  await payload.create({ collection: 'community-notifications', overrideAccess: true, data: { member: member.id, post: othersThread.id, kind: 'thread', cadence: 'daily' } })
  await payload.create({ collection: 'community-flags', overrideAccess: true, data: { post: othersThread.id, member: member.id, reason: 'spam', text: 'Her flag text', status: 'open' } })
  const moderator = await createModerator(payload, `Moderator ${uniqueSuffix()}`)
  const action = await payload.create({ collection: 'moderation-actions', overrideAccess: true, data: { action: 'silence', reason: 'harassment', note: 'Sanction note', moderator: moderator.id, member: member.id } })
  await payload.create({ collection: 'community-appeals', overrideAccess: true, data: { action: action.id, appellant: member.id, text: 'Her appeal text', status: 'open' } })
  await requestPasswordReset(payload, { form: formData({ email: member.email }), ip: `198.51.100.${uniqueSuffix()}` })
  return { member, other, thread, othersThread, reply, held, moderator }
}

describe('the data export', () => {
  it('holds all her data, none of another member’s, and no password hash, salt or token', async () => {
    const { member, other, thread, reply, held, moderator } = await activeMember()
    await payload.update({ collection: 'members', id: member.id, overrideAccess: true, data: { verificationEvidence: 'Wrote from an official city address' } })
    const data = await exportMemberData(payload, member.id)
    expect(data.account).toMatchObject({ email: member.email, name: member.name, organisation: member.organisation, verificationEvidence: 'Wrote from an official city address' })
    expect(data.posts.map((post) => post.id).sort()).toEqual([thread.id, reply.id, held.id].sort())
    expect(data.posts.find((post) => post.id === reply.id)?.versions.map((version) => version.body)).toEqual(['Her reply', 'Her reply, edited'])
    expect(data.follows).toHaveLength(1)
    expect(data.flags).toMatchObject([{ reason: 'spam', text: 'Her flag text' }])
    expect(data.notifications).toHaveLength(1)
    expect(data.appeals).toMatchObject([{ text: 'Her appeal text', status: 'open' }])
    expect(data.moderationActions).toMatchObject([{ action: 'silence', reason: 'harassment', note: 'Sanction note' }])
    expect(data.emails.length).toBeGreaterThanOrEqual(1)

    const json = JSON.stringify(data)
    for (const secret of ['"hash"', '"salt"', 'resetPasswordToken', '_verificationToken', 'sessions']) expect(json).not.toContain(secret)
    expect(json).not.toContain(other.email)
    expect(json).not.toContain(other.name)
    expect(json).not.toContain(moderator.email)
    expect(json).not.toContain(moderator.name ?? 'never')
  })
})

/** Every table row (cast to text) that contains the needle: a whole-database search. */
async function rowsContaining(needle: string): Promise<string[]> {
  const { rows: tables } = await payload.db.pool.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'rate_limit_hits'`,
  )
  const found: string[] = []
  for (const { table_name: table } of tables) {
    const { rows } = await payload.db.pool.query<{ n: string }>(`SELECT count(*) AS n FROM "${table}" AS t WHERE t::text ILIKE $1`, [`%${needle}%`])
    if (Number(rows[0].n) > 0) found.push(table)
  }
  return found
}

describe('deleting an account', () => {
  it('removes her personal data everywhere, keeps her posts as a former member’s, and leaves others’ data alone', async () => {
    const { member, other, thread, reply, othersThread } = await activeMember()
    await replaceMemberPhoto(payload, member.id, await file())
    const deliveries = (await payload.find({ collection: 'email-deliveries', where: { to: { equals: member.email } }, overrideAccess: true })).docs.map((delivery) => delivery.id)
    const jobsBefore = (await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'deliverEmail' } }, limit: 0, pagination: false, overrideAccess: true })).docs
    const isHers = (job: (typeof jobsBefore)[number]) => deliveries.includes(Number((job.input as { deliveryId?: number }).deliveryId))
    expect(jobsBefore.filter(isHers).length).toBeGreaterThan(0)
    const otherJobs = jobsBefore.filter((job) => !isHers(job))
    const photo = (await payload.findByID({ collection: 'members', id: member.id, overrideAccess: true, depth: 0 })).photo as number
    // A practice that came from her thread credits her, in its current version and an older one.
    const credited = await createPractice(payload, place, 'published', { communityOrigin: { thread: thread.id, contributors: [member.name, other.name] } })
    await payload.update({ collection: 'practices', id: credited.id, data: { summary: 'Edited after the thread.' }, overrideAccess: true, context: { disableRevalidate: true } })
    for (const trace of [member.email, member.name, member.organisation!, member.bio!]) expect((await rowsContaining(trace)).length).toBeGreaterThan(0)
    expect(await rowsContaining(member.name)).toEqual(expect.arrayContaining(['practices_texts', '_practices_v_texts']))

    await deleteMemberAccount(payload, member.id)

    expect(await payload.findByID({ collection: 'members', id: member.id, overrideAccess: true, disableErrors: true })).toBeNull()
    for (const trace of [member.email, member.name, member.organisation!, member.bio!]) expect(await rowsContaining(trace)).toEqual([])
    expect(await payload.findByID({ collection: 'media', id: photo, overrideAccess: true, disableErrors: true })).toBeNull()
    // The jobs that were to send her emails went with them; other people's stayed.
    const jobsLeft = (await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'deliverEmail' } }, limit: 0, pagination: false, overrideAccess: true })).docs
    expect(jobsLeft.filter(isHers)).toEqual([])
    expect(jobsLeft.map((job) => job.id)).toEqual(expect.arrayContaining(otherJobs.map((job) => job.id)))

    const posts = await payload.find({ collection: 'community-posts', where: { id: { in: [thread.id, reply.id] } }, overrideAccess: true, depth: 0 })
    expect(posts.docs).toHaveLength(2)
    expect(posts.docs.map((post) => post.author ?? null)).toEqual([null, null])
    expect(posts.docs.find((post) => post.id === reply.id)?.body).toBe('Her reply, edited')
    const versions = await payload.findVersions({ collection: 'community-posts', where: { parent: { equals: reply.id } }, overrideAccess: true, depth: 0 })
    expect(versions.docs.every((version) => !version.version.author)).toBe(true)

    const flags = await payload.find({ collection: 'community-flags', where: { post: { equals: othersThread.id } }, overrideAccess: true, depth: 0 })
    expect(flags.docs.map((flag) => flag.member ?? null)).toEqual([null])
    const follows = await payload.find({ collection: 'community-follows', where: { thread: { in: [thread.id, othersThread.id] } }, overrideAccess: true, depth: 0 })
    expect(follows.docs.map((follow) => follow.member)).toEqual([other.id])
    expect((await payload.findByID({ collection: 'members', id: other.id, overrideAccess: true })).email).toBe(other.email)
    // The other contributor stays credited, now and in the history.
    expect((await payload.findByID({ collection: 'practices', id: credited.id, overrideAccess: true, depth: 0 })).communityOrigin?.contributors).toEqual([other.name])
    const history = await payload.findVersions({ collection: 'practices', where: { parent: { equals: credited.id } }, overrideAccess: true, depth: 0, limit: 0, pagination: false })
    expect(history.docs.length).toBeGreaterThanOrEqual(2)
    expect(history.docs.every((version) => (version.version.communityOrigin?.contributors ?? []).join() === other.name)).toBe(true)
  })
})

describe('practice contacts', () => {
  it('are shown to a signed-in member and to no anonymous visitor', async () => {
    const suffix = uniqueSuffix()
    const { createPractice } = await import('../support/practiceFixtures')
    const practice = await createPractice(payload, place, 'published', { contacts: [{ name: `Contact ${suffix}`, email: `contact-${suffix}@example.org` }] })
    const member = await createMember(payload)
    const token = await memberToken(payload, member)
    const asMember = await (await rest('GET', `/practices/${practice.id}`, { token })).json()
    expect(asMember.contacts).toMatchObject([{ name: `Contact ${suffix}` }])
    const anonymous = await (await rest('GET', `/practices/${practice.id}`)).json()
    expect(anonymous.id).toBe(practice.id)
    expect(JSON.stringify(anonymous)).not.toContain(`contact-${suffix}`)
  })
})
