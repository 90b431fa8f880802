import type { CollectionSlug, GlobalSlug, Payload } from 'payload'
import { getAlpha2Codes, getAlpha3Codes } from 'i18n-iso-countries'
import sharp from 'sharp'

import { ROLES, type Role } from '@/access/roles'
import type { User } from '@/payload-types'
import { currentRubric } from '../support/evaluationFixtures'
import { closePayload, getTestPayload } from '../support/payload'

/**
 * Who may do what: role × collection × operation. Later features add their collections here; a row
 * that is missing fails the completeness check at the bottom.
 */
// `member`: a signed-in community member (the `members` auth collection), whose id may equal a staff id.
type Actor = 'anonymous' | 'member' | Role
type Operation = 'create' | 'read' | 'update' | 'delete'
const ACTORS: Actor[] = ['anonymous', 'member', ...ROLES]
const everyone = ACTORS
const staff = [...ROLES]

const collectionMatrix: Partial<Record<CollectionSlug, Record<Operation, Actor[]>>> = {
  pages: {
    create: ['admin', 'editor', 'communications'],
    // reading a draft; published pages are read by everyone (tested below)
    read: staff,
    update: ['admin', 'editor', 'communications'],
    delete: ['admin', 'editor', 'communications'],
  },
  media: {
    create: ['admin', 'editor', 'communications', 'events'],
    read: everyone,
    update: ['admin', 'editor', 'communications', 'events'],
    delete: ['admin', 'editor', 'communications'],
  },
  users: {
    create: ['admin'],
    // reading another account; everyone signed in reads their own (tested below)
    read: ['admin'],
    update: ['admin'],
    delete: ['admin'],
  },
  'email-deliveries': { create: [], read: ['admin'], update: [], delete: [] },
  practices: {
    create: ['admin', 'editor'],
    // reading an unpublished practice; published ones are read by everyone (tests/int/practices-visibility)
    read: staff,
    update: ['admin', 'editor'],
    delete: ['admin', 'editor'],
  },
  'practice-transitions': { create: [], read: ['admin', 'editor', 'evaluator'], update: [], delete: [] },
  countries: { create: ['admin', 'editor'], read: everyone, update: ['admin', 'editor'], delete: ['admin'] },
  cities: { create: ['admin', 'editor'], read: everyone, update: ['admin', 'editor'], delete: ['admin'] },
  themes: { create: ['admin', 'editor'], read: everyone, update: ['admin', 'editor'], delete: ['admin'] },
  'payload-jobs': { create: [], read: ['admin'], update: [], delete: ['admin'] },
  // reading a draft version; versions in force are read by everyone (tests/int/rubric.test.ts)
  rubrics: { create: ['admin', 'editor'], read: staff, update: ['admin', 'editor'], delete: ['admin'] },
  // an evaluation assigned to someone else; the assigned evaluator's own rights: tests/int/evaluation.test.ts
  evaluations: { create: ['admin', 'editor'], read: ['admin', 'editor'], update: ['admin', 'editor'], delete: ['admin'] },
  // a result waiting for an editor's decision; final results of public practices are public (tests/int/evaluation.test.ts)
  scorecards: { create: [], read: ['admin', 'editor'], update: [], delete: ['admin'] },
  // reading a draft action; published ones are read by everyone (tests/int/funding-security.test.ts)
  'funding-actions': { create: ['admin', 'editor'], read: staff, update: ['admin', 'editor'], delete: ['admin', 'editor'] },
  organisations: { create: ['admin', 'editor'], read: everyone, update: ['admin', 'editor'], delete: ['admin'] },
  // subscribers' addresses: only the alert form's server code creates them (tests/int/funding-alerts.test.ts)
  'funding-alerts': { create: [], read: ['admin', 'editor'], update: ['admin'], delete: ['admin'] },
  // reading a draft edition or session; published ones are read by everyone (tests/int/event-registration.test.ts)
  'event-editions': { create: ['admin', 'events'], read: staff, update: ['admin', 'events'], delete: ['admin'] },
  'event-sessions': { create: ['admin', 'events'], read: staff, update: ['admin', 'events'], delete: ['admin', 'events'] },
  // a speaker who has not consented to be published; consenting speakers are public
  speakers: { create: ['admin', 'events'], read: staff, update: ['admin', 'events'], delete: ['admin', 'events'] },
  // personal data; registrations are made only through the registration service
  registrations: { create: [], read: ['admin', 'events'], update: ['admin', 'events'], delete: ['admin'] },
  // another member's account; a member's rights on her own: tests/int/community-visibility.test.ts
  members: { create: [], read: ['admin', 'moderator'], update: ['admin', 'moderator'], delete: ['admin'] },
  'community-spaces': { create: ['admin', 'moderator'], read: everyone, update: ['admin', 'moderator'], delete: ['admin'] },
  // another member's post held for review; members post only through the posting service, moderators act
  // through the review queue (which logs and notifies)
  'community-posts': { create: [], read: ['admin', 'moderator'], update: [], delete: ['admin'] },
  'community-flags': { create: [], read: ['admin', 'moderator'], update: ['admin', 'moderator'], delete: ['admin'] },
  // the moderation log and appeals are written by the moderation service only, and never rewritten
  'moderation-actions': { create: [], read: ['admin', 'moderator'], update: [], delete: [] },
  'community-appeals': { create: [], read: ['admin', 'moderator'], update: [], delete: [] },
  // another member's follow; her own are hers to read
  'community-follows': { create: [], read: [], update: [], delete: [] },
  'community-notifications': { create: [], read: [], update: [], delete: [] },
  // reading a draft campaign or news item; published ones are read by everyone (tests/int/campaigns-*.test.ts)
  campaigns: { create: ['admin', 'communications'], read: staff, update: ['admin', 'communications'], delete: ['admin', 'communications'] },
  news: { create: ['admin', 'editor', 'communications'], read: staff, update: ['admin', 'editor', 'communications'], delete: ['admin', 'editor', 'communications'] },
  'news-categories': { create: ['admin', 'editor', 'communications'], read: everyone, update: ['admin', 'editor', 'communications'], delete: ['admin', 'editor', 'communications'] },
  // subscribers' addresses: only the sign-up service creates them; communications staff correct or erase one
  subscribers: { create: [], read: ['admin', 'communications'], update: ['admin', 'communications'], delete: ['admin', 'communications'] },
  // an issue is internal until it is sent (as e-mail, never as a web page)
  'newsletter-issues': { create: ['admin', 'communications'], read: ['admin', 'communications'], update: ['admin', 'communications'], delete: ['admin', 'communications'] },
  // written only by the send service: the record of who received what
  'newsletter-deliveries': { create: [], read: ['admin', 'communications'], update: [], delete: [] },
  // counters written only by the metrics service
  'campaign-metrics': { create: [], read: ['admin', 'communications'], update: [], delete: [] },
}

const globalMatrix: Record<GlobalSlug, { read: Actor[]; update: Actor[] }> = {
  header: { read: everyone, update: ['admin', 'editor', 'communications'] },
  footer: { read: everyone, update: ['admin', 'editor', 'communications'] },
  'payload-jobs-stats': { read: ['admin'], update: ['admin'] },
  'evaluation-settings': { read: everyone, update: ['admin'] },
  'community-settings': { read: everyone, update: ['admin'] },
}

let payload: Payload
const users = new Map<Actor, User | null>()
let counter = 0
const unique = () => `${Date.now().toString(36)}-${++counter}`

async function image(): Promise<Buffer> {
  return sharp({ create: { width: 40, height: 30, channels: 3, background: '#2a7' } }).png().toBuffer()
}

/** Creates a document of the collection as trusted server code, for an actor to act on. */
async function fixture(collection: CollectionSlug): Promise<{ id: number | string }> {
  const data = await createData(collection)
  if (collection === 'payload-jobs') {
    return payload.jobs.queue({ task: 'deliverEmail', input: { deliveryId: 0 }, queue: 'access-matrix' }) as Promise<{ id: number }>
  }
  const file = collection === 'media' ? { data: await image(), mimetype: 'image/png', name: `${unique()}.png`, size: 100 } : undefined
  return payload.create({ collection, data, file, overrideAccess: true, draft: isDrafted(collection) } as never)
}

const isDrafted = (collection: CollectionSlug) =>
  ['pages', 'practices', 'funding-actions', 'event-editions', 'event-sessions', 'campaigns', 'news', 'newsletter-issues'].includes(collection)

// Codes no real country has, so the fixtures never collide with seeded reference data.
const taken = new Set([...Object.keys(getAlpha2Codes()), ...Object.keys(getAlpha3Codes())])
const freeCodes = (length: number) => {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
  const all = length === 2 ? [...letters].flatMap((a) => [...letters].map((b) => a + b)) : [...letters].flatMap((a) => [...letters].map((b) => `Z${a}${b}`))
  return all.filter((code) => !taken.has(code))
}
const free2 = freeCodes(2)
const free3 = freeCodes(3)
let countryCounter = 0
function nextCountryCode(): { code: string; alpha3: string } {
  const n = countryCounter++
  return { code: free2[n], alpha3: free3[n] }
}

async function fixtureCountry(): Promise<number> {
  const country = await payload.create({
    collection: 'countries',
    overrideAccess: true,
    data: { name: `Country ${unique()}`, slug: `country-${unique()}`, ...nextCountryCode(), numeric: '999', region: 'europe' },
  })
  return country.id
}

async function fixtureMember(): Promise<number> {
  const member = await payload.create({ collection: 'members', overrideAccess: true, disableVerificationEmail: true, data: (await createData('members')) as never })
  return member.id
}

async function fixtureSpace(): Promise<number> {
  const space = await payload.create({ collection: 'community-spaces', overrideAccess: true, context: { disableRevalidate: true }, data: { title: `Space ${unique()}`, slug: `space-${unique()}`, kind: 'theme' } })
  return space.id
}

/** A rubric version no rubric has yet (the field is unique; a random one collided once in CI). */
async function nextRubricVersion(): Promise<number> {
  const { docs } = await payload.find({ collection: 'rubrics', overrideAccess: true, sort: '-version', limit: 1, depth: 0 })
  return Math.max(1000, docs[0]?.version ?? 0) + 1
}

async function createData(collection: CollectionSlug): Promise<Record<string, unknown>> {
  switch (collection) {
    case 'pages':
      return { title: `Draft ${unique()}`, slug: `draft-${unique()}`, _status: 'draft' }
    case 'media':
      return { alt: 'A test image' }
    case 'users':
      return { email: `user-${unique()}@example.org`, password: 'a long enough password', name: 'Someone', roles: ['editor'] }
    case 'practices':
      return { title: `Practice ${unique()}`, summary: 'A summary', _status: 'draft' }
    case 'practice-transitions': {
      const practice = await payload.create({ collection: 'practices', overrideAccess: true, draft: true, data: { title: `Practice ${unique()}`, summary: 'S', _status: 'draft' } })
      return { practice: practice.id, to: 'in_review' }
    }
    case 'countries':
      return { name: `Country ${unique()}`, ...nextCountryCode(), numeric: '999', region: 'europe' }
    case 'cities':
      return { name: `City ${unique()}`, country: await fixtureCountry(), latitude: 1, longitude: 2 }
    case 'themes':
      return { name: `Theme ${unique()}`, kind: 'domain' }
    case 'rubrics':
      return {
        version: await nextRubricVersion(),
        title: `Rubric ${unique()}`,
        scaleMin: 0,
        scaleMax: 4,
        criteria: [{ key: 'relevance', name: 'Relevance', description: 'Relevance.', weight: 1 }],
      }
    case 'evaluations': {
      const practice = await payload.create({ collection: 'practices', overrideAccess: true, draft: true, data: { title: `Practice ${unique()}`, summary: 'S', _status: 'draft' } })
      const evaluator = await payload.create({
        collection: 'users',
        overrideAccess: true,
        data: { email: `evaluator-${unique()}@example.org`, password: 'a long enough password', name: 'Evaluator', roles: ['evaluator'] },
      })
      return { practice: practice.id, evaluator: evaluator.id }
    }
    case 'scorecards': {
      const practice = await payload.create({ collection: 'practices', overrideAccess: true, draft: true, data: { title: `Practice ${unique()}`, summary: 'S', _status: 'draft' } })
      const rubric = await currentRubric(payload)
      return {
        practice: practice.id, round: 1, status: 'needs_consensus', rubric: rubric.id, rubricVersion: rubric.version,
        evaluatorCount: 2, computedAt: new Date().toISOString(), overall: 2, overallPercent: 50,
      }
    }
    case 'funding-alerts':
      return { email: `alert-${unique()}@example.org`, locale: 'en', query: '', status: 'pending' }
    case 'funding-actions':
      return { title: `Funding ${unique()}`, summary: 'S', level: 'eu', direction: 'outbound', instruments: ['grant'], _status: 'draft' }
    case 'organisations':
      return { name: `Organisation ${unique()}`, type: 'funder' }
    case 'event-editions':
      return { title: `Edition ${unique()}`, year: 2027, startsAt: '2027-06-01T08:00:00Z', endsAt: '2027-06-02T17:00:00Z', _status: 'draft' }
    case 'event-sessions': {
      const edition = await payload.create({ collection: 'event-editions', overrideAccess: true, draft: true, data: { title: `Edition ${unique()}`, year: 2027, startsAt: '2027-06-01T08:00:00Z', endsAt: '2027-06-02T17:00:00Z', _status: 'draft' } })
      return { edition: edition.id, title: `Session ${unique()}`, type: 'panel', startsAt: '2027-06-01T09:00:00Z', endsAt: '2027-06-01T10:00:00Z', _status: 'draft' }
    }
    case 'speakers':
      return { name: `Speaker ${unique()}`, consentToPublish: false }
    case 'registrations': {
      const edition = await payload.create({ collection: 'event-editions', overrideAccess: true, draft: true, data: { title: `Edition ${unique()}`, year: 2027, startsAt: '2027-06-01T08:00:00Z', endsAt: '2027-06-02T17:00:00Z', _status: 'draft' } })
      return { edition: edition.id, name: 'Reg', email: `reg-${unique()}@example.org`, attendanceMode: 'online', privacyConsentAt: new Date().toISOString(), status: 'confirmed' }
    }
    case 'email-deliveries':
      return { to: 'x@example.org', from: 'GKEC <a@b.org>', subject: 'Hi', text: 'Hi', status: 'queued', attempts: 0 }
    case 'members':
      return { name: 'Someone', email: `member-${unique()}@example.org`, password: 'a long enough password', locale: 'en', termsAcceptedAt: new Date().toISOString(), _verified: true }
    case 'community-spaces':
      return { title: `Space ${unique()}`, kind: 'theme' }
    case 'community-posts':
      return { space: await fixtureSpace(), author: await fixtureMember(), title: `Held ${unique()}`, body: 'A question', state: 'pending' }
    case 'community-flags': {
      const post = await payload.create({ collection: 'community-posts', overrideAccess: true, context: { skipPublicationEffects: true }, data: { space: await fixtureSpace(), author: await fixtureMember(), title: 'T', body: 'B', state: 'published' } })
      return { post: post.id, member: await fixtureMember(), reason: 'spam' }
    }
    case 'moderation-actions':
      return { action: 'hide', reason: 'spam', member: await fixtureMember() }
    case 'community-appeals': {
      const action = await payload.create({ collection: 'moderation-actions', overrideAccess: true, data: { action: 'suspend', reason: 'spam', member: await fixtureMember() } })
      return { action: action.id, appellant: await fixtureMember(), text: 'Please reconsider' }
    }
    case 'community-follows':
      return { member: await fixtureMember(), space: await fixtureSpace(), cadence: 'daily' }
    case 'community-notifications': {
      const post = await payload.create({ collection: 'community-posts', overrideAccess: true, context: { skipPublicationEffects: true }, data: { space: await fixtureSpace(), author: await fixtureMember(), title: 'T', body: 'B', state: 'published' } })
      return { member: await fixtureMember(), post: post.id, kind: 'thread', cadence: 'daily' }
    }
    case 'campaigns':
      return { title: `Campaign ${unique()}`, slug: `campaign-${unique()}`, _status: 'draft' }
    case 'news':
      return { title: `News ${unique()}`, slug: `news-${unique()}`, summary: 'S', body: richText('Body'), _status: 'draft' }
    case 'news-categories':
      return { title: `Category ${unique()}`, slug: `category-${unique()}` }
    case 'subscribers':
      return { email: `subscriber-${unique()}@example.org`, locale: 'en', status: 'pending' }
    case 'newsletter-issues':
      return { title: `Issue ${unique()}`, subject: 'Subject', _status: 'draft' }
    case 'newsletter-deliveries': {
      const issue = await payload.create({ collection: 'newsletter-issues', overrideAccess: true, draft: true, data: { title: `Issue ${unique()}`, subject: 'S', _status: 'draft' } })
      const subscriber = await payload.create({ collection: 'subscribers', overrideAccess: true, data: { email: `subscriber-${unique()}@example.org`, locale: 'en', status: 'confirmed' } })
      return { issue: issue.id, subscriber: subscriber.id, email: subscriber.email, locale: 'en', batch: 0, status: 'pending' }
    }
    case 'campaign-metrics': {
      const campaign = await payload.create({ collection: 'campaigns', overrideAccess: true, draft: true, data: { title: `Campaign ${unique()}`, slug: `campaign-${unique()}`, _status: 'draft' } })
      return { campaign: campaign.id, day: '2026-11-29', locale: 'en', kind: 'view', target: unique(), count: 1 }
    }
    default:
      return { taskSlug: 'deliverEmail', input: { deliveryId: 0 }, queue: 'access-matrix' }
  }
}

/** A one-paragraph Lexical document. */
function richText(text: string) {
  return {
    root: {
      type: 'root', direction: 'ltr', format: '', indent: 0, version: 1,
      children: [{ type: 'paragraph', direction: 'ltr', format: '', indent: 0, version: 1, textFormat: 0, children: [{ type: 'text', text, detail: 0, format: 0, mode: 'normal', style: '', version: 1 }] }],
    },
  }
}

async function attempt(actor: Actor, collection: CollectionSlug, operation: Operation): Promise<boolean> {
  const user = users.get(actor) ?? null
  const asActor = { overrideAccess: false, user } as const
  try {
    if (operation === 'create') {
      const data = await createData(collection)
      const file = collection === 'media' ? { data: await image(), mimetype: 'image/png', name: `${unique()}.png`, size: 100 } : undefined
      await payload.create({ collection, data, file, draft: isDrafted(collection), ...asActor } as never)
      return true
    }
    const target = await fixture(collection)
    if (operation === 'read') {
      const found = await payload.findByID({ collection, id: target.id, draft: isDrafted(collection), ...asActor })
      return Boolean(found)
    }
    if (operation === 'update') {
      const updated = await payload.update({ collection, id: target.id, data: updateData(collection), draft: isDrafted(collection), ...asActor } as never)
      return Boolean(updated)
    }
    await payload.delete({ collection, id: target.id, ...asActor })
    return true
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 403 || status === 404 || status === 401) return false
    throw error
  }
}

function updateData(collection: CollectionSlug): Record<string, unknown> {
  switch (collection) {
    case 'users':
      return { name: 'Renamed' }
    case 'media':
      return { alt: 'Changed' }
    case 'funding-alerts':
      return { status: 'unsubscribed' }
    case 'pages':
    case 'practices':
    case 'funding-actions':
      return { title: 'Changed' }
    case 'organisations':
    case 'speakers':
    case 'registrations':
    case 'members':
      return { name: 'Changed' }
    case 'community-spaces':
    case 'campaigns':
    case 'news':
    case 'news-categories':
    case 'newsletter-issues':
      return { title: 'Changed' }
    case 'subscribers':
      return { status: 'unsubscribed' }
    case 'newsletter-deliveries':
      return { status: 'sent' }
    case 'campaign-metrics':
      return { count: 1000 }
    case 'community-posts':
      return { body: 'Changed' }
    case 'community-flags':
      return { status: 'dismissed' }
    case 'moderation-actions':
      return { note: 'Changed' }
    case 'community-appeals':
      return { text: 'Changed' }
    case 'community-follows':
      return { cadence: 'immediate' }
    case 'community-notifications':
      return { sentAt: new Date().toISOString() }
    case 'event-editions':
    case 'event-sessions':
      return { title: 'Changed' }
    case 'countries':
    case 'cities':
    case 'themes':
      return { name: 'Changed' }
    case 'practice-transitions':
      return { comment: 'Changed' }
    case 'rubrics':
      return { title: 'Changed' }
    case 'evaluations':
      return { dueDate: new Date(Date.now() + 30 * 86_400_000).toISOString() }
    case 'scorecards':
      return { status: 'labelled' }
    default:
      return { subject: 'Changed' }
  }
}

beforeAll(async () => {
  payload = await getTestPayload()
  // Assignments need a rubric version in force.
  await currentRubric(payload)
  users.set('anonymous', null)
  const member = await payload.create({ collection: 'members', overrideAccess: true, disableVerificationEmail: true, data: (await createData('members')) as never })
  users.set('member', { ...member, collection: 'members' } as unknown as User)
  for (const role of ROLES) {
    const user = await payload.create({
      collection: 'users',
      overrideAccess: true,
      data: { email: `${role}-${unique()}@example.org`, password: 'a long enough password', name: role, roles: [role] },
    })
    users.set(role, { ...user, collection: 'users' } as User)
  }
})

afterAll(async () => {
  await closePayload(payload)
})

const collectionCases = Object.entries(collectionMatrix).flatMap(([collection, operations]) =>
  (Object.keys(operations) as Operation[]).flatMap((operation) =>
    ACTORS.map((actor) => ({
      collection: collection as CollectionSlug,
      operation,
      actor,
      allowed: (operations[operation] as Actor[]).includes(actor),
    })),
  ),
)

describe('access matrix: collections', () => {
  it.each(collectionCases)('$actor may $operation $collection: $allowed', async ({ actor, collection, operation, allowed }) => {
    expect(await attempt(actor, collection, operation)).toBe(allowed)
  })
})

const globalCases = Object.entries(globalMatrix).flatMap(([slug, operations]) =>
  (['read', 'update'] as const).flatMap((operation) =>
    ACTORS.map((actor) => ({ slug: slug as GlobalSlug, operation, actor, allowed: operations[operation].includes(actor) })),
  ),
)

describe('access matrix: globals', () => {
  it.each(globalCases)('$actor may $operation the $slug global: $allowed', async ({ actor, slug, operation, allowed }) => {
    const user = users.get(actor) ?? null
    const run =
      operation === 'read'
        ? payload.findGlobal({ slug, overrideAccess: false, user })
        : payload.updateGlobal({ slug, data: {}, overrideAccess: false, user })
    if (allowed) await expect(run).resolves.toBeDefined()
    else await expect(run).rejects.toMatchObject({ status: 403 })
  })
})

describe('access rules beyond the matrix', () => {
  it('every collection of the app has a row in the matrix', () => {
    const internal = ['payload-locked-documents', 'payload-preferences', 'payload-migrations', 'payload-kv']
    const collections = payload.config.collections.map((collection) => collection.slug).filter((slug) => !internal.includes(slug))
    expect(collections.filter((slug) => !(slug in collectionMatrix))).toEqual([])
  })

  it('anyone reads a published page, and the public list never includes drafts', async () => {
    const slug = `published-${unique()}`
    await payload.create({ collection: 'pages', overrideAccess: true, data: { title: 'Published', slug, _status: 'published' } })
    const draft = await fixture('pages')
    const visible = await payload.find({ collection: 'pages', overrideAccess: false, user: null, limit: 1000 })
    expect(visible.docs.some((doc) => doc.slug === slug)).toBe(true)
    expect(visible.docs.some((doc) => doc.id === draft.id)).toBe(false)
    expect(visible.docs.every((doc) => doc._status === 'published')).toBe(true)
  })

  it('a member of staff reads and updates their own account but nobody else’s; editors also read evaluators’ accounts', async () => {
    const communications = users.get('communications') as User
    const ownList = await payload.find({ collection: 'users', overrideAccess: false, user: communications, pagination: false })
    expect(ownList.docs.map((doc) => doc.id)).toEqual([communications.id])
    const editor = users.get('editor') as User
    const own = await payload.findByID({ collection: 'users', id: editor.id, overrideAccess: false, user: editor })
    expect(own.email).toBe(editor.email)
    const list = await payload.find({ collection: 'users', overrideAccess: false, user: editor, pagination: false })
    expect(list.docs.map((doc) => doc.id)).toContain(users.get('evaluator')!.id)
    expect(list.docs.map((doc) => doc.id)).not.toContain(users.get('moderator')!.id)
    expect(list.docs.every((doc) => doc.id === editor.id || doc.roles?.includes('evaluator'))).toBe(true)
    await expect(payload.update({ collection: 'users', id: users.get('evaluator')!.id, data: { name: 'Changed' }, overrideAccess: false, user: editor })).rejects.toMatchObject({ status: 403 })
    const renamed = await payload.update({ collection: 'users', id: editor.id, data: { name: 'Edith' }, overrideAccess: false, user: editor })
    expect(renamed.name).toBe('Edith')
  })

  it('nobody can raise their own role', async () => {
    for (const role of ROLES.filter((r) => r !== 'admin')) {
      const self = users.get(role) as User
      const after = await payload.update({
        collection: 'users',
        id: self.id,
        data: { roles: ['admin'] },
        overrideAccess: false,
        user: self,
      })
      expect(after.roles).toEqual([role])
      const stored = await payload.findByID({ collection: 'users', id: self.id, overrideAccess: true })
      expect(stored.roles).toEqual([role])
    }
  })

  it('only an admin grants a role', async () => {
    const target = await fixture('users')
    const admin = users.get('admin') as User
    const updated = await payload.update({ collection: 'users', id: target.id, data: { roles: ['moderator'] }, overrideAccess: false, user: admin })
    expect(updated.roles).toEqual(['moderator'])
  })

  it('repeated failed logins lock the account, even against the right password', async () => {
    const email = `locked-${unique()}@example.org`
    await payload.create({ collection: 'users', overrideAccess: true, data: { email, password: 'the right password', name: 'L', roles: ['editor'] } })
    for (let i = 0; i < 5; i++) {
      await expect(payload.login({ collection: 'users', data: { email, password: 'wrong password' } })).rejects.toBeDefined()
    }
    await expect(payload.login({ collection: 'users', data: { email, password: 'the right password' } })).rejects.toMatchObject({
      name: 'LockedAuth',
    })
  })
})
