import { createLocalReq, type Payload } from 'payload'

import { findCity } from '@/lib/geography/findCity'
import { findCountry } from '@/lib/geography/findCountry'
import { findRegion, findRegions } from '@/lib/geography/findRegion'
import { findRepositorySitemapPaths } from '@/lib/geography/sitemapPaths'
import { findCitiesLikeMine } from '@/lib/practices/citiesLikeMine'
import { findPractice } from '@/lib/practices/findPractice'
import { findPracticeNeighbours } from '@/lib/practices/practiceNeighbours'
import type { PracticeView } from '@/lib/practices/practiceView'
import { findRelatedPractices } from '@/lib/practices/relatedPractices'
import { findReplicationFamily } from '@/lib/practices/replicationFamily'
import { transitionPractice } from '@/lib/practices/transitionPractice'
import type { City, Country, Practice, Theme, User } from '@/payload-types'
import { closePayload, getTestPayload } from '../support/payload'
import { createStaff, uniqueSuffix } from '../support/practiceFixtures'

let payload: Payload
let editor: User
const marker = `pages${Date.now().toString(36)}`
const CONTACT_EMAIL = `contact-${marker}@example.org`
const SUBMITTER_EMAIL = `submitter-${marker}@example.org`

/** A country of its own (user-assigned ISO codes), so no test depends on seeded reference data. */
async function createCountry(region: Country['region'], subregion: Country['subregion']): Promise<Country> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
    const pick = (from = letters) => from[Math.floor(Math.random() * from.length)]
    // QA–QM only: other tests count on QN–QZ never existing (e.g. QQ and QZ as unknown countries).
    const code = `Q${pick('ABCDEFGHIJKLM')}`
    const alpha3 = `Q${pick()}${pick()}`
    const taken = await payload.count({ collection: 'countries', where: { or: [{ code: { equals: code } }, { alpha3: { equals: alpha3 } }] }, overrideAccess: true })
    if (taken.totalDocs > 0) continue
    const suffix = uniqueSuffix()
    return payload.create({
      collection: 'countries',
      overrideAccess: true,
      data: { name: `Country ${suffix}`, slug: `country-${suffix}`, code, alpha3, numeric: String(900 + attempt).padStart(3, '0'), region, subregion },
    })
  }
  throw new Error('No free user-assigned country code left for the test.')
}

async function createCity(country: Country, population: number, name = `City ${uniqueSuffix()}`): Promise<City> {
  return payload.create({
    collection: 'cities',
    overrideAccess: true,
    data: { name, slug: `city-${uniqueSuffix()}`, country: country.id, latitude: 10, longitude: 20, population, missionCity: true, targetYear: 2030 },
  })
}

async function createTheme(name: string): Promise<Theme> {
  return payload.create({ collection: 'themes', overrideAccess: true, data: { name, slug: `theme-${uniqueSuffix()}`, kind: 'domain' } })
}

type State = 'published' | 'submitted' | 'in_review' | 'approved' | 'rejected' | 'archived'

async function createPractice(state: State, data: Partial<Practice> & { leadCity: number; themes: number[] }): Promise<Practice> {
  const suffix = uniqueSuffix()
  const base = { title: `Practice ${suffix}`, slug: `practice-${suffix}`, summary: `Summary ${marker}`, ...data }
  if (state === 'published' || state === 'archived') {
    const doc = await payload.create({ collection: 'practices', overrideAccess: true, data: { ...base, workflowStatus: 'approved', _status: 'published' } as never })
    if (state === 'published') return doc
    return transitionPractice({ id: doc.id, to: 'archived', req: await createLocalReq({}, payload), overrideAccess: true })
  }
  const initial = state === 'rejected' ? 'submitted' : state
  const doc = await payload.create({ collection: 'practices', overrideAccess: true, draft: true, data: { ...base, workflowStatus: initial, _status: 'draft' } as never })
  if (state !== 'rejected') return doc
  return transitionPractice({ id: doc.id, to: 'rejected', comment: 'Out of scope', req: await createLocalReq({}, payload), overrideAccess: true })
}

const view = async (practice: Practice, locale: 'en' | 'fr' = 'en'): Promise<PracticeView> => {
  const found = await findPractice(payload, practice.slug, locale)
  if (!found) throw new Error(`${practice.slug} should be public`)
  return found
}

const ids = (items: Array<{ id: number }>) => items.map((item) => item.id).sort((a, b) => a - b)

// The world of these tests: two European countries, one African; cities of several sizes.
let europe: Country
let europeToo: Country
let africa: Country
let home: City
let sameBand: City
let bigCity: City
let africanCity: City
let emptyCity: City
let mobility: Theme
let energy: Theme

beforeAll(async () => {
  payload = await getTestPayload()
  editor = (await createStaff(payload, 'editor')).user
  europe = await createCountry('europe', 'western_europe')
  europeToo = await createCountry('europe', 'northern_europe')
  africa = await createCountry('africa', 'sub_saharan_africa')
  home = await createCity(europe, 300_000)
  sameBand = await createCity(europeToo, 600_000)
  bigCity = await createCity(europe, 2_000_000)
  africanCity = await createCity(africa, 400_000)
  emptyCity = await createCity(europe, 700_000)
  mobility = await createTheme(`Mobility ${marker}`)
  energy = await createTheme(`Energy ${marker}`)
})

afterAll(async () => {
  await closePayload(payload)
})

describe('a practice page shows the public only what is published', () => {
  let published: Practice
  const hidden: Partial<Record<State, Practice>> = {}

  beforeAll(async () => {
    published = await createPractice('published', {
      leadCity: home.id,
      themes: [mobility.id],
      contacts: [{ name: 'Private Person', email: CONTACT_EMAIL, phone: '+33 1 23 45 67 89' }],
      submission: { origin: 'public', name: 'Sam Submitter', email: SUBMITTER_EMAIL, emailConfirmedAt: new Date().toISOString() },
    })
    for (const state of ['submitted', 'in_review', 'approved', 'rejected', 'archived'] as const) {
      hidden[state] = await createPractice(state, { leadCity: home.id, themes: [mobility.id] })
    }
  })

  it('a published practice is found with its story, place and themes', async () => {
    const practice = await view(published)
    expect(practice.title).toBe(published.title)
    expect(practice.leadCity).toMatchObject({ slug: home.slug, population: 300_000, missionCity: true, targetYear: 2030 })
    expect(practice.leadCity?.country).toMatchObject({ code: europe.code, region: 'europe' })
    expect(practice.themes.map((theme) => theme.slug)).toEqual([mobility.slug])
  })

  it.each([
    ['submitted', 'submitted'],
    ['in review', 'in_review'],
    ['approved but unpublished', 'approved'],
    ['rejected', 'rejected'],
    ['archived', 'archived'],
  ] as const)('a practice that is %s is not found by an anonymous visitor', async (_label, state) => {
    expect(await findPractice(payload, hidden[state]!.slug, 'en')).toBeNull()
  })

  it('asking for draft mode without a signed-in member of staff gives nothing unpublished', async () => {
    expect(await findPractice(payload, hidden.in_review!.slug, 'en', { draft: true })).toBeNull()
  })

  it('a member of staff previewing in draft mode sees an unpublished practice, marked as a draft', async () => {
    const preview = await findPractice(payload, hidden.in_review!.slug, 'en', { user: editor, draft: true })
    expect(preview).toMatchObject({ slug: hidden.in_review!.slug, draft: true })
  })

  it('a newer draft of a published practice stays private: visitors get the published text', async () => {
    const practice = await createPractice('published', { leadCity: home.id, themes: [mobility.id], title: `Published title ${marker}` })
    await payload.update({ collection: 'practices', id: practice.id, draft: true, overrideAccess: true, data: { title: `Unannounced title ${marker}` } })
    expect((await view(practice)).title).toBe(`Published title ${marker}`)
    expect((await findPractice(payload, practice.slug, 'en', { user: editor, draft: true }))?.title).toBe(`Unannounced title ${marker}`)
  })

  it('contacts never reach an anonymous visitor, and submission data reaches nobody', async () => {
    const anonymous = await view(published)
    expect(anonymous.contacts).toBeNull()
    expect(JSON.stringify(anonymous)).not.toContain(CONTACT_EMAIL)
    expect(JSON.stringify(anonymous)).not.toContain(SUBMITTER_EMAIL)
    const staff = await findPractice(payload, published.slug, 'en', { user: editor })
    expect(staff?.contacts).toEqual([expect.objectContaining({ name: 'Private Person', email: CONTACT_EMAIL })])
    expect(JSON.stringify(staff)).not.toContain(SUBMITTER_EMAIL)
  })

  it('related lists, the replication family and city pages never carry contacts', async () => {
    const neighbours = await findPracticeNeighbours(payload, await view(published), 'en')
    const city = await findCity(payload, home.slug, 'en')
    expect(JSON.stringify([neighbours, city])).not.toContain(CONTACT_EMAIL)
  })
})

describe('cities like mine', () => {
  let subject: Practice
  let match: Practice
  let twoThemes: Practice
  const excluded: Record<string, Practice> = {}

  beforeAll(async () => {
    subject = await createPractice('published', { leadCity: home.id, themes: [mobility.id, energy.id] })
    match = await createPractice('published', { leadCity: sameBand.id, themes: [mobility.id] })
    twoThemes = await createPractice('published', { leadCity: sameBand.id, themes: [energy.id, mobility.id] })
    excluded.otherBand = await createPractice('published', { leadCity: bigCity.id, themes: [mobility.id] })
    excluded.otherRegion = await createPractice('published', { leadCity: africanCity.id, themes: [mobility.id] })
    excluded.sameCity = await createPractice('published', { leadCity: home.id, themes: [mobility.id] })
    excluded.noSharedTheme = await createPractice('published', { leadCity: sameBand.id, themes: [(await createTheme(`Other ${marker}`)).id] })
    excluded.unpublished = await createPractice('in_review', { leadCity: sameBand.id, themes: [mobility.id] })
  })

  it('finds published practices of another city of the same size band and world region on a shared theme', async () => {
    const found = await findCitiesLikeMine(payload, await view(subject), 'en')
    expect(ids(found)).toEqual(ids([match, twoThemes]))
    for (const practice of Object.values(excluded)) expect(ids(found)).not.toContain(practice.id)
  })

  it('lists first the practices that share the most themes', async () => {
    const found = await findCitiesLikeMine(payload, await view(subject), 'en')
    expect(found[0].id).toBe(twoThemes.id)
  })

  it('explains each one in a line, in the visitor’s language', async () => {
    const found = await findCitiesLikeMine(payload, await view(subject), 'en')
    const lower = (theme: Theme) => theme.name.charAt(0).toLowerCase() + theme.name.slice(1)
    expect(found.find((card) => card.id === match.id)?.explanation).toBe(
      `Also a city of 250,000 to 1 million people in Europe, working on ${lower(mobility)}`,
    )
    expect(found.find((card) => card.id === twoThemes.id)?.explanation).toBe(
      `Also a city of 250,000 to 1 million people in Europe, working on ${lower(mobility)} and ${lower(energy)}`,
    )
    const french = await findCitiesLikeMine(payload, await view(subject, 'fr'), 'fr')
    expect(french.find((card) => card.id === match.id)?.explanation).toBe(
      `Également une ville de 250 000 à 1 million d’habitants en Europe ; thème commun : ${lower(mobility)}`,
    )
  })

  it('gives nothing when the lead city’s population is unknown', async () => {
    const unknown = await createCity(europe, 0)
    const practice = await createPractice('published', { leadCity: unknown.id, themes: [mobility.id] })
    expect(await findCitiesLikeMine(payload, await view(practice), 'en')).toEqual([])
  })
})

describe('the replication family is visible both ways, published members only', () => {
  let original: Practice
  let adaptation: Practice
  let replication: Practice
  let grandchild: Practice
  let draftFollower: Practice

  beforeAll(async () => {
    original = await createPractice('published', { leadCity: home.id, themes: [energy.id] })
    adaptation = await createPractice('published', { leadCity: sameBand.id, themes: [energy.id], replicates: original.id, replicationKind: 'adapts' })
    replication = await createPractice('published', { leadCity: africanCity.id, themes: [energy.id], replicates: original.id, replicationKind: 'replicates' })
    grandchild = await createPractice('published', { leadCity: bigCity.id, themes: [energy.id], replicates: adaptation.id })
    draftFollower = await createPractice('in_review', { leadCity: bigCity.id, themes: [energy.id], replicates: original.id })
  })

  it('from the original: the practices that replicate or adapt it, not a draft one', async () => {
    const family = await findReplicationFamily(payload, await view(original), 'en')
    expect(family.original).toBeNull()
    expect(ids(family.replications)).toEqual(ids([adaptation, replication]))
    expect(ids(family.replications)).not.toContain(draftFollower.id)
    expect(family.replications.find((member) => member.id === adaptation.id)?.kind).toBe('adapts')
  })

  it('from a follower: the original, how it relates, its own followers and its siblings', async () => {
    const family = await findReplicationFamily(payload, await view(adaptation), 'en')
    expect(family.original?.id).toBe(original.id)
    expect(family.kind).toBe('adapts')
    expect(ids(family.replications)).toEqual([grandchild.id])
    expect(ids(family.siblings)).toEqual([replication.id])
  })

  it('a practice of the family is not listed again among cities like this one or related practices', async () => {
    const neighbours = await findPracticeNeighbours(payload, await view(original), 'en')
    expect(ids(neighbours.family.replications)).toEqual(ids([adaptation, replication]))
    const elsewhere = [...ids(neighbours.citiesLikeMine), ...ids(neighbours.related)]
    expect(elsewhere).not.toContain(adaptation.id)
    expect(elsewhere).not.toContain(replication.id)
    expect(elsewhere).not.toContain(original.id)
    expect(new Set(elsewhere).size).toBe(elsewhere.length)
  })

  it('an unpublished original is not shown', async () => {
    const hiddenOriginal = await createPractice('in_review', { leadCity: home.id, themes: [energy.id] })
    const follower = await createPractice('published', { leadCity: home.id, themes: [energy.id], replicates: hiddenOriginal.id })
    const family = await findReplicationFamily(payload, await view(follower), 'en')
    expect(family.original).toBeNull()
    expect(family.siblings).toEqual([])
  })
})

describe('related practices', () => {
  it('up to four published practices on the same themes, never the practice itself or an unpublished one', async () => {
    const theme = await createTheme(`Related ${marker}`)
    const subject = await createPractice('published', { leadCity: home.id, themes: [theme.id] })
    const others = []
    for (let i = 0; i < 5; i++) others.push(await createPractice('published', { leadCity: bigCity.id, themes: [theme.id] }))
    const draft = await createPractice('approved', { leadCity: bigCity.id, themes: [theme.id] })
    const related = await findRelatedPractices(payload, await view(subject), 'en')
    expect(related).toHaveLength(4)
    const found = ids(related)
    expect(found).not.toContain(subject.id)
    expect(found).not.toContain(draft.id)
    for (const id of found) expect(ids(others)).toContain(id)
  })
})

describe('city, country and region pages', () => {
  let led: Practice
  let further: Practice
  let draft: Practice

  beforeAll(async () => {
    led = await createPractice('published', { leadCity: sameBand.id, themes: [mobility.id] })
    further = await createPractice('published', { leadCity: bigCity.id, otherLocations: [sameBand.id], themes: [mobility.id] })
    draft = await createPractice('submitted', { leadCity: sameBand.id, themes: [mobility.id] })
  })

  it('a city lists the published practices it leads and those it takes part in', async () => {
    const city = await findCity(payload, sameBand.slug, 'en')
    expect(city?.ledPractices.map((card) => card.id)).toContain(led.id)
    expect(city?.otherPractices.map((card) => card.id)).toEqual([further.id])
    expect(JSON.stringify(city)).not.toContain(draft.slug)
  })

  it('a city without published practices still has a page, with none listed', async () => {
    const city = await findCity(payload, emptyCity.slug, 'en')
    expect(city).toMatchObject({ slug: emptyCity.slug, ledPractices: [], otherPractices: [] })
  })

  it('a country lists its cities with published practices and counts them', async () => {
    const country = await findCountry(payload, europeToo.slug, 'en')
    const city = country?.cities.find((entry) => entry.slug === sameBand.slug)
    const published = await payload.count({
      collection: 'practices',
      overrideAccess: false,
      where: { or: [{ leadCity: { equals: sameBand.id } }, { otherLocations: { in: [sameBand.id] } }] },
    })
    expect(city?.practiceCount).toBe(published.totalDocs)
    expect(country?.practiceCount).toBe(published.totalDocs)
    expect(country?.practices.map((card) => card.id)).toContain(further.id)
    expect(JSON.stringify(country)).not.toContain(draft.slug)
  })

  it('a region groups its countries with published practices by sub-region', async () => {
    const region = await findRegion(payload, 'europe', 'en')
    const northern = region?.subregions.find((group) => group.key === 'northern_europe')
    expect(northern?.countries.map((country) => country.slug)).toContain(europeToo.slug)
    expect(await findRegion(payload, 'atlantis', 'en')).toBeNull()
    const regions = await findRegions(payload, 'en')
    expect(regions.map((entry) => entry.key)).toEqual(['africa', 'americas', 'asia', 'europe', 'oceania'])
    expect(regions.find((entry) => entry.key === 'europe')?.practiceCount).toBeGreaterThanOrEqual(region?.practiceCount ?? 0)
  })
})

describe('sitemap entries', () => {
  it('list published practices, their cities, countries and regions, and nothing unpublished', async () => {
    const onlyDraftCountry = await createCountry('oceania', 'polynesia')
    const onlyDraftCity = await createCity(onlyDraftCountry, 80_000)
    const published = await createPractice('published', { leadCity: sameBand.id, themes: [mobility.id] })
    const noIndex = await createPractice('published', { leadCity: sameBand.id, themes: [mobility.id], meta: { noIndex: true } })
    const unpublished = await Promise.all(
      (['submitted', 'in_review', 'approved', 'rejected', 'archived'] as const).map((state) => createPractice(state, { leadCity: onlyDraftCity.id, themes: [mobility.id] })),
    )
    const paths = (await findRepositorySitemapPaths(payload)).map((entry) => entry.path)
    expect(paths).toContain(`/practices/${published.slug}`)
    expect(paths).toContain(`/cities/${sameBand.slug}`)
    expect(paths).toContain(`/countries/${europeToo.slug}`)
    expect(paths).toContain('/regions/europe')
    expect(paths).not.toContain(`/practices/${noIndex.slug}`)
    for (const practice of unpublished) expect(paths).not.toContain(`/practices/${practice.slug}`)
    expect(paths).not.toContain(`/cities/${onlyDraftCity.slug}`)
    expect(paths).not.toContain(`/countries/${onlyDraftCountry.slug}`)
    expect(paths).not.toContain(`/cities/${emptyCity.slug}`)
  })
})
