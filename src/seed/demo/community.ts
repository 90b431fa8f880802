import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'

import type { CommunityPost } from '@/payload-types'
import { type DemoMember, demoMembers, type DemoThread, demoThreads } from './communityContent'

const DAY = 24 * 60 * 60 * 1000
// Demo content is written as it stands: no cache to clear, no follower to tell, no trust to count.
const context = { disableRevalidate: true, skipPublicationEffects: true }
const write = { context, overrideAccess: true, depth: 0 } as const

type Ids = Map<string, number>

async function idsBySlug(payload: Payload, collection: 'cities' | 'themes' | 'community-spaces' | 'practices', slugs: string[]): Promise<Ids> {
  if (!slugs.length) return new Map()
  const { docs } = await payload.find({ collection, where: { slug: { in: slugs } }, pagination: false, depth: 0, overrideAccess: true, select: { slug: true } })
  return new Map(docs.map((doc) => [doc.slug as string, doc.id]))
}

async function countryIds(payload: Payload, codes: string[]): Promise<Ids> {
  const { docs } = await payload.find({ collection: 'countries', where: { code: { in: codes } }, pagination: false, depth: 0, overrideAccess: true, select: { code: true } })
  return new Map(docs.map((doc) => [doc.code, doc.id]))
}

/** Creates the demo members whose address is not taken yet; returns every demo member's id by key. */
async function seedMembers(payload: Payload, password: string): Promise<{ ids: Ids; created: number }> {
  const { docs } = await payload.find({ collection: 'members', where: { email: { in: demoMembers.map((member) => member.email) } }, pagination: false, depth: 0, overrideAccess: true, select: { email: true } })
  const byEmail = new Map(docs.map((doc) => [doc.email, doc.id]))
  const ids: Ids = new Map(demoMembers.filter((member) => byEmail.has(member.email)).map((member) => [member.key, byEmail.get(member.email) as number]))
  const missing = demoMembers.filter((member) => !ids.has(member.key))
  if (!missing.length) return { ids, created: 0 }
  const cities = await idsBySlug(payload, 'cities', missing.map((member) => member.city))
  const countries = await countryIds(payload, missing.map((member) => member.country))
  const themes = await idsBySlug(payload, 'themes', missing.flatMap((member) => member.themes))
  const admin = await payload.find({ collection: 'users', where: { roles: { contains: 'admin' } }, sort: 'createdAt', limit: 1, depth: 0, overrideAccess: true })
  for (const member of missing) ids.set(member.key, await createMember(payload, member, password, { cities, countries, themes, adminId: admin.docs[0]?.id }))
  return { ids, created: missing.length }
}

async function createMember(payload: Payload, member: DemoMember, password: string, refs: { cities: Ids; countries: Ids; themes: Ids; adminId?: number }): Promise<number> {
  const now = new Date().toISOString()
  const doc = await payload.create({
    collection: 'members',
    ...write,
    disableVerificationEmail: true,
    data: {
      name: member.name,
      email: member.email,
      password,
      _verified: true,
      organisation: member.organisation,
      role: member.role,
      city: refs.cities.get(member.city),
      country: refs.countries.get(member.country),
      languages: member.languages,
      themes: member.themes.map((slug) => refs.themes.get(slug)).filter((id): id is number => id != null),
      bio: member.bio,
      locale: member.locale,
      termsAcceptedAt: now,
      notifications: { email: true, cadence: 'daily', autoFollowOwnThreads: true },
      moderation: {
        trustLevel: 1,
        publishedPosts: 5,
        ...(member.verifiedOfficial ? { verifiedOfficial: true, verifiedAt: now, verifiedBy: refs.adminId } : {}),
      },
      ...(member.verifiedOfficial ? { verificationEvidence: 'Demo data: no evidence needed for a fictional member.' } : {}),
    },
  })
  return doc.id
}

const ago = (days: number, now: number) => new Date(now - days * DAY).toISOString()

async function createThread(payload: Payload, thread: DemoThread, refs: { members: Ids; spaces: Ids; practices: Ids; cities: Ids; themes: Ids }, now: number): Promise<void> {
  const space = refs.spaces.get(thread.space)
  const author = refs.members.get(thread.author)
  if (!space || !author) return
  const opening = await payload.create({
    collection: 'community-posts',
    ...write,
    data: {
      space,
      author,
      kind: thread.kind,
      title: thread.title,
      body: thread.body,
      tags: thread.tags,
      practices: (thread.practices ?? []).map((slug) => refs.practices.get(slug)).filter((id): id is number => id != null),
      city: thread.city ? refs.cities.get(thread.city) : undefined,
      twinningThemes: (thread.twinningThemes ?? []).map((slug) => refs.themes.get(slug)).filter((id): id is number => id != null),
      state: 'published',
      createdAt: ago(thread.daysAgo, now),
      lastActivityAt: ago(thread.daysAgo, now),
    },
  })
  let solution: CommunityPost | null = null
  for (const reply of thread.replies) {
    const replyAuthor = refs.members.get(reply.author)
    const created = await payload.create({
      collection: 'community-posts',
      ...write,
      data: { thread: opening.id, space, author: replyAuthor, body: reply.body, state: 'published', createdAt: ago(reply.daysAgo, now), lastActivityAt: ago(reply.daysAgo, now) },
    })
    if (reply.solution) solution = created
  }
  const last = thread.replies.reduce((latest, reply) => Math.min(latest, reply.daysAgo), thread.daysAgo)
  await payload.update({
    collection: 'community-posts',
    id: opening.id,
    ...write,
    data: {
      replyCount: thread.replies.length,
      lastActivityAt: ago(last, now),
      ...(solution ? { solution: solution.id, solvedAt: solution.createdAt } : {}),
    },
  })
  // The author follows her thread, as her settings say.
  await payload.create({ collection: 'community-follows', ...write, data: { member: author, thread: opening.id, cadence: 'daily' } })
}

/**
 * Demo community (demo mode only): four fictional members (one a verified city official, who is
 * also the demo contact of the Copenhagen practice) and six published threads with replies across
 * spaces: one solved, one twinning request, one asking a practice's first movers. A thread whose
 * title exists is left alone, so running it again creates nothing.
 */
export async function seedDemoCommunity(payload: Payload): Promise<{ members: number; threads: number }> {
  const password = randomBytes(12).toString('base64url')
  const members = await seedMembers(payload, password)
  const { docs: existing } = await payload.find({
    collection: 'community-posts',
    where: { title: { in: demoThreads.map((thread) => thread.title) } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { title: true },
  })
  const taken = new Set(existing.map((doc) => doc.title))
  const missing = demoThreads.filter((thread) => !taken.has(thread.title))
  if (missing.length) {
    const refs = {
      members: members.ids,
      spaces: await idsBySlug(payload, 'community-spaces', missing.map((thread) => thread.space)),
      practices: await idsBySlug(payload, 'practices', missing.flatMap((thread) => thread.practices ?? [])),
      cities: await idsBySlug(payload, 'cities', missing.flatMap((thread) => (thread.city ? [thread.city] : []))),
      themes: await idsBySlug(payload, 'themes', missing.flatMap((thread) => thread.twinningThemes ?? [])),
    }
    const now = Date.now()
    for (const thread of missing) await createThread(payload, thread, refs, now)
  }
  if (members.created) {
    // Printed once: the password is stored only as a hash.
    console.info(`\n[gkec] demo community members created — sign in at /en/community/sign-in\n        emails:   ${demoMembers.map((member) => member.email).join(', ')}\n        password: ${password}\n`)
  }
  return { members: members.created, threads: missing.length }
}
