import type { Payload } from 'payload'

import type { City, Country, Practice, Theme } from '@/payload-types'
import { demoCitiesA } from '@/seed/demo/cities-a'
import { demoCitiesB } from '@/seed/demo/cities-b'
import { demoPracticesA } from '@/seed/demo/practices-a'
import { demoPracticesB } from '@/seed/demo/practices-b'
import { demoPractices, seedDemoPractices } from '@/seed/demo/practices'
import { seedDemoEvaluations } from '@/seed/demo/evaluations'
import { seedReferenceData } from '@/seed/reference'
import { seedRubric } from '@/seed/reference/rubric'
import { REFERENCE_THEMES } from '@/seed/reference/themes'
import { closePayload, getTestPayload } from '../support/payload'
import { createStaff } from '../support/practiceFixtures'
import { rest } from '../support/rest'

let payload: Payload
const slugs = demoPractices.map((practice) => practice.slug)
const bothParts = demoPracticesB.length > 0
const YEAR_MS = 365 * 24 * 60 * 60 * 1000
const ACTION_DOMAINS = REFERENCE_THEMES.filter((theme) => theme.kind === 'domain').map((theme) => theme.slug)

beforeAll(async () => {
  payload = await getTestPayload()
  await seedReferenceData(payload)
  await seedDemoPractices(payload)
}, 600_000)

afterAll(async () => {
  await closePayload(payload)
})

/** What an anonymous visitor gets: the public read rule, no user. */
async function publicDemoPractices(locale: 'en' | 'fr' | 'es' | 'pt' | 'all' = 'en', depth = 0) {
  const result = await payload.find({
    collection: 'practices',
    where: { slug: { in: slugs } },
    overrideAccess: false,
    locale,
    depth,
    pagination: false,
  })
  return result.docs
}

describe('demo practices', () => {
  it('follow the template and use only declared cities', () => {
    const declared = new Set([...demoCitiesA, ...demoCitiesB].map((city) => city.slug))
    for (const practice of demoPractices) {
      for (const city of [practice.leadCity, ...(practice.otherLocations ?? [])]) expect(declared).toContain(city)
      expect(practice.steps.length).toBeGreaterThanOrEqual(3)
      expect(practice.steps.length).toBeLessThanOrEqual(5)
      expect(practice.contact.email).toMatch(/@example\.org$/)
    }
    for (const practice of demoPracticesA) {
      expect(ACTION_DOMAINS).toContain(practice.themes[0])
      expect(practice.themes.length).toBeGreaterThanOrEqual(2)
      expect(practice.themes.length).toBeLessThanOrEqual(3)
    }
  })

  it('are all published and visible to anonymous visitors, marked as demo content', async () => {
    expect(demoPracticesA).toHaveLength(21)
    expect(new Set(slugs).size).toBe(slugs.length)
    const docs = await publicDemoPractices()
    expect(docs).toHaveLength(demoPractices.length)
    expect(docs.length).toBeGreaterThanOrEqual(bothParts ? 40 : 21)
    expect(docs.every((doc) => doc.isDemo && doc.workflowStatus === 'published' && doc._status === 'published')).toBe(true)
    // contacts are demo data, and still never reach anonymous visitors
    expect(JSON.stringify(docs)).not.toContain('@example.org')
    expect(docs.filter((doc) => doc.featured).length).toBeGreaterThanOrEqual(3)
  })

  it('cover every action domain and every world region', async () => {
    const docs = await publicDemoPractices('en', 2)
    const themes = new Set(docs.flatMap((doc) => (doc.themes as Theme[]).map((theme) => theme.slug)))
    const expectedDomains = bothParts ? ACTION_DOMAINS : ['energy-systems', 'buildings', 'mobility', 'waste-circular-economy']
    for (const domain of expectedDomains) expect(themes).toContain(domain)
    const regions = new Set(docs.map((doc) => ((doc.leadCity as City).country as Country).region))
    expect([...regions].sort()).toEqual(['africa', 'americas', 'asia', 'europe', 'oceania'])
  })

  it('are written in French, Spanish and Portuguese too, some with the whole story', async () => {
    const docs = await publicDemoPractices('all')
    for (const doc of docs) {
      const title = doc.title as unknown as Record<string, string>
      for (const locale of ['fr', 'es', 'pt']) {
        expect(title[locale]).toBeTruthy()
        expect(title[locale]).not.toBe(title.en)
      }
    }
    for (const locale of ['fr', 'es', 'pt'] as const) {
      const translated = await payload.find({
        collection: 'practices',
        where: { slug: { in: slugs } },
        overrideAccess: false,
        locale,
        fallbackLocale: false,
        pagination: false,
        select: { challenge: true, solution: true, results: true },
      })
      const withStory = translated.docs.filter((doc) => doc.challenge && doc.solution && doc.results)
      expect(withStory.length).toBeGreaterThanOrEqual(2)
    }
  })

  it('keep one set of steps, each titled in every language', async () => {
    const sample = demoPracticesA.find((practice) => practice.translations.fr.steps)!
    const read = async (locale: 'en' | 'fr') =>
      (
        await payload.find({
          collection: 'practices',
          where: { slug: { equals: sample.slug } },
          overrideAccess: false,
          locale,
          limit: 1,
        })
      ).docs[0].implementation?.steps ?? []
    const [en, fr] = await Promise.all([read('en'), read('fr')])
    expect(en.map((step) => step.title)).toEqual(sample.steps.map((step) => step.title))
    expect(fr.map((step) => step.title)).toEqual(sample.translations.fr.steps)
    expect(fr.map((step) => step.id)).toEqual(en.map((step) => step.id))
    // an untranslated description falls back to English
    expect(fr[0].description).toBe(sample.steps[0].description)
  })

  it('show replication families both ways and spread their publication dates over years', async () => {
    const docs = await publicDemoPractices('en', 1)
    const replicating = docs.filter((doc) => doc.replicates)
    expect(replicating.length).toBeGreaterThanOrEqual(2)
    for (const doc of replicating) {
      const original = doc.replicates as Practice
      const replications = (original.replications?.docs ?? []).map((entry) => (typeof entry === 'number' ? entry : entry.id))
      expect(replications).toContain(doc.id)
    }
    const dates = docs.map((doc) => Date.parse(doc.publishedAt as string))
    expect(Math.max(...dates) - Math.min(...dates)).toBeGreaterThan(2 * YEAR_MS)
  })

  it('change nothing when seeded again', async () => {
    const snapshot = async () =>
      (
        await payload.find({
          collection: 'practices',
          where: { slug: { in: slugs } },
          overrideAccess: true,
          draft: true,
          pagination: false,
          select: { slug: true, updatedAt: true },
        })
      ).docs
    const before = await snapshot()
    const total = await payload.count({ collection: 'practices', overrideAccess: true })
    await seedDemoPractices(payload)
    expect(await snapshot()).toEqual(before)
    expect((await payload.count({ collection: 'practices', overrideAccess: true })).totalDocs).toBe(total.totalDocs)
  })
})

describe('demo evaluations', () => {
  it('give featured demo practices public results (some labelled) by demo evaluators, once', async () => {
    await seedRubric(payload)
    // As in the demo seed, an admin exists before the demo evaluators (the first account becomes an admin).
    await createStaff(payload, 'admin')
    // The demo seed may have run already in this test run (tests/int/seed.test.ts): then it evaluates nothing more.
    await seedDemoEvaluations(payload)
    expect(await seedDemoEvaluations(payload)).toBe(0)
    const { docs: featured } = await payload.find({
      collection: 'practices',
      where: { and: [{ slug: { in: slugs } }, { featured: { equals: true } }] },
      overrideAccess: true,
      depth: 0,
      pagination: false,
    })
    const ids = featured.map((practice) => practice.id).join(',')
    const response = await rest('GET', `/scorecards?where[practice][in]=${ids}&limit=50`)
    const { docs } = (await response.json()) as { docs: Array<{ status: string; evaluatorCount: number }> }
    expect(docs.length).toBeGreaterThanOrEqual(3)
    expect(docs.every((scorecard) => scorecard.evaluatorCount === 2)).toBe(true)
    expect(docs.some((scorecard) => scorecard.status === 'labelled')).toBe(true)
    expect((await rest('GET', `/evaluations?where[practice][in]=${ids}`)).status).toBe(403)
  })
})
