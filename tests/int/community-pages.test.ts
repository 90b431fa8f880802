import type { Payload } from 'payload'

import { createReply, createThread } from '@/lib/community/posting'
import { ANONYMOUS, type CommunityViewer, getThreadView, listSpaces, listThreads, searchThreads } from '@/lib/community/view'
import type { Member, User } from '@/payload-types'
import { createMember, createModerator, createPost, createSpace } from '../support/communityFixtures'
import { uniqueSuffix } from '../support/practiceFixtures'
import { closePayload, getTestPayload } from '../support/payload'

let payload: Payload
let space: number
let spaceSlug: string
let author: Member
let other: Member
let moderator: User
const word = `zeolite${uniqueSuffix().replace(/[^a-z0-9]/gi, '')}`

const asMember = (member: Member): CommunityViewer => ({ member: { ...member, collection: 'members' }, moderator: null })
const asModerator = (): CommunityViewer => ({ member: null, moderator: { ...moderator, collection: 'users' } })

beforeAll(async () => {
  payload = await getTestPayload()
  const created = await createSpace(payload)
  space = created.id
  spaceSlug = created.slug as string
  author = await createMember(payload)
  other = await createMember(payload, { moderation: { publishedPosts: 5, trustLevel: 1 } })
  moderator = (await createModerator(payload)) as User
})

afterAll(async () => closePayload(payload))

const titlesIn = (listing: { threads: Array<{ title: string }> }) => listing.threads.map((thread) => thread.title)

describe('a new member’s thread held for review', () => {
  let heldId: number
  const heldTitle = `Held ${word} question about district heating`

  beforeAll(async () => {
    const result = await createThread(payload, author.id, { space, kind: 'question', title: heldTitle, body: `Does anyone run ${word} storage?` })
    if (!result.ok) throw new Error(result.message)
    expect(result.state).toBe('pending')
    heldId = result.threadId
  })

  it('is in no listing and counts in no space', async () => {
    for (const sort of ['latest', 'unanswered', 'solved'] as const) {
      expect(titlesIn(await listThreads(payload, { space, sort, locale: 'en' }))).not.toContain(heldTitle)
      expect(titlesIn(await listThreads(payload, { sort, locale: 'en', limit: 100 }))).not.toContain(heldTitle)
    }
    const spaces = await listSpaces(payload, 'en')
    expect(spaces.find((candidate) => candidate.slug === spaceSlug)?.threadCount ?? 0).toBe(0)
  })

  it('is found by no search, not even its author’s', async () => {
    expect(titlesIn(await searchThreads(payload, { q: word, locale: 'en' }))).toEqual([])
    expect(titlesIn(await searchThreads(payload, { q: 'Held', locale: 'en' }))).not.toContain(heldTitle)
  })

  it('is a 404 for the public and other members, and shows to its author and moderators with its state', async () => {
    expect(await getThreadView(payload, heldId, ANONYMOUS, 'en')).toBeNull()
    expect(await getThreadView(payload, heldId, asMember(other), 'en')).toBeNull()
    const own = await getThreadView(payload, heldId, asMember(author), 'en')
    expect(own?.opening).toMatchObject({ state: 'pending', own: true, listed: false })
    expect((await getThreadView(payload, heldId, asModerator(), 'en'))?.opening.state).toBe('pending')
  })

  it('is listed, counted and found once a moderator publishes it', async () => {
    await payload.update({ collection: 'community-posts', id: heldId, data: { state: 'published' }, overrideAccess: true, context: { disableRevalidate: true } })
    expect(titlesIn(await listThreads(payload, { space, locale: 'en' }))).toContain(heldTitle)
    expect(titlesIn(await listThreads(payload, { space, sort: 'unanswered', locale: 'en' }))).toContain(heldTitle)
    expect(titlesIn(await searchThreads(payload, { q: word, locale: 'en' }))).toEqual([heldTitle])
    expect((await listSpaces(payload, 'en')).find((candidate) => candidate.slug === spaceSlug)?.threadCount).toBe(1)
    expect((await getThreadView(payload, heldId, ANONYMOUS, 'en'))?.title).toBe(heldTitle)
  })
})

describe('a reply held for review in a public thread', () => {
  it('shows only to its author (with its state) and moderators; the public sees the thread without it', async () => {
    const open = await createPost(payload, { author: other.id, space, title: `Public thread ${word}` })
    const heldBy = await createMember(payload)
    const secret = `quokka${uniqueSuffix().replace(/[^a-z0-9]/gi, '')}`
    const reply = await createReply(payload, heldBy.id, { thread: open.id, body: `Held reply mentioning ${secret}` })
    if (!reply.ok) throw new Error(reply.message)
    expect(reply.state).toBe('pending')

    const publicView = await getThreadView(payload, open.id, ANONYMOUS, 'en')
    expect(publicView?.replies).toEqual([])
    expect((await getThreadView(payload, open.id, asMember(other), 'en'))?.replies).toEqual([])
    const own = await getThreadView(payload, open.id, asMember(heldBy), 'en')
    expect(own?.replies.map((post) => [post.id, post.state, post.own])).toEqual([[reply.postId, 'pending', true]])
    expect((await getThreadView(payload, open.id, asModerator(), 'en'))?.replies.map((post) => post.id)).toEqual([reply.postId])
    expect(titlesIn(await searchThreads(payload, { q: secret, locale: 'en' }))).toEqual([])
  })

  it('hidden posts leave the listings and search, and the thread page for others', async () => {
    const open = await createPost(payload, { author: other.id, space, title: `Soon hidden ${word}` })
    await payload.update({ collection: 'community-posts', id: open.id, data: { state: 'hidden' }, overrideAccess: true, context: { disableRevalidate: true } })
    expect(titlesIn(await listThreads(payload, { space, locale: 'en' }))).not.toContain(`Soon hidden ${word}`)
    expect(titlesIn(await searchThreads(payload, { q: 'Soon hidden', locale: 'en' }))).not.toContain(`Soon hidden ${word}`)
    expect(await getThreadView(payload, open.id, asMember(author), 'en')).toBeNull()
    expect((await getThreadView(payload, open.id, asMember(other), 'en'))?.opening.state).toBe('hidden')
  })
})

describe('a post a moderator removed', () => {
  it('tells its author which action to appeal, and nobody else', async () => {
    const open = await createPost(payload, { author: author.id, space, state: 'removed', title: `Removed ${word}` })
    const action = await payload.create({ collection: 'moderation-actions', overrideAccess: true, data: { action: 'remove', reason: 'spam', post: open.id, member: author.id } })
    expect((await getThreadView(payload, open.id, asMember(author), 'en'))?.opening).toMatchObject({ state: 'removed', appealActionId: action.id })
    expect((await getThreadView(payload, open.id, asModerator(), 'en'))?.opening.appealActionId).toBeNull()
    expect(await getThreadView(payload, open.id, ANONYMOUS, 'en')).toBeNull()
  })
})

describe('search', () => {
  it('finds a thread by a word of a reply, and by a misspelt title', async () => {
    const open = await createPost(payload, { author: other.id, space, title: `Photovoltaic cooperatives ${word}` })
    await createPost(payload, { author: other.id, space, thread: open.id, body: 'We used crowdfunding with municipal guarantees' })
    expect(titlesIn(await searchThreads(payload, { q: 'crowdfunding guarantees', locale: 'en' }))).toContain(open.title)
    expect(titlesIn(await searchThreads(payload, { q: 'Photovoltaik cooperatives', locale: 'en' }))).toContain(open.title)
    expect(titlesIn(await searchThreads(payload, { q: 'crowdfunding', space: (await createSpace(payload)).id, locale: 'en' }))).toEqual([])
  })

  it('renders post bodies through the safe Markdown renderer', async () => {
    const open = await createPost(payload, { author: other.id, space, body: 'Hello <img src=x onerror=alert(1)> **there**' })
    const view = await getThreadView(payload, open.id, ANONYMOUS, 'en')
    expect(view?.opening.bodyHtml).toBe('<p>Hello &lt;img src=x onerror=alert(1)&gt; <strong>there</strong></p>\n')
  })
})
