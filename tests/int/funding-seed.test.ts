import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { eligibilityCondition, subjectForCountry } from '@/lib/funding/eligibility'
import { sqlRunner } from '@/lib/practices/database'
import type { FundingAction } from '@/payload-types'
import { linkFinancedPractices, seedDemoFunding, seedFundingActions, seedOrganisations } from '@/seed/funding'
import { seedReferenceData } from '@/seed/reference'
import { createPractice, createPlace } from '../support/practiceFixtures'
import { closePayload, getTestPayload } from '../support/payload'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
  // The seed places its actions in real countries and themes.
  await seedReferenceData(payload)
}, 120_000)

afterAll(async () => {
  await closePayload(payload)
})

const externalIds = seedFundingActions.map((action) => action.externalId)

/** The seeded actions as an anonymous visitor reads them (published only). */
async function publicSeededActions(locale: 'en' | 'fr' = 'en'): Promise<FundingAction[]> {
  const { docs } = await payload.find({
    collection: 'funding-actions',
    where: { externalId: { in: externalIds } },
    pagination: false,
    depth: 1,
    locale,
    overrideAccess: false,
  })
  return docs
}

async function seededCounts() {
  const actions = await payload.count({ collection: 'funding-actions', where: { externalId: { like: 'seed-' } }, overrideAccess: true })
  const organisations = await payload.count({
    collection: 'organisations',
    where: { slug: { in: seedOrganisations.map((organisation) => organisation.slug) } },
    overrideAccess: true,
  })
  return { actions: actions.totalDocs, organisations: organisations.totalDocs }
}

/** The seeded actions a city of this country could apply for, by external id. */
async function openTo(code: string): Promise<Set<string>> {
  const db = await sqlRunner(payload)
  const subject = await subjectForCountry(db, code, 'city')
  if (!subject) throw new Error(`No country ${code}`)
  const { rows } = await db.execute(sql`
    SELECT a.external_id FROM funding_facets f JOIN funding_actions a ON a.id = f.action_id
    WHERE a.external_id LIKE 'seed-%' AND ${eligibilityCondition(subject)}`)
  return new Set(rows.map((row) => String(row.external_id)))
}

describe('the funding seed', () => {
  it('publishes at least 30 real instruments in both directions, each with an official https page, a provider and the demo mark, and no invented figures', async () => {
    await seedDemoFunding(payload)
    const actions = await publicSeededActions()
    expect(actions.length).toBeGreaterThanOrEqual(30)
    expect(actions.length).toBe(seedFundingActions.length)

    const directions = new Set(actions.map((action) => action.direction))
    expect(directions.has('outbound')).toBe(true)
    expect(directions.has('inbound')).toBe(true)
    for (const action of actions) {
      expect(action._status).toBe('published')
      expect(action.isDemo).toBe(true)
      expect(action.apply?.url).toMatch(/^https:\/\/[^/\s]+\.[a-z]{2,}/)
      expect(action.source?.url).toBe(action.apply?.url)
      expect(action.providers?.length).toBeGreaterThan(0)
      // Shown as needing verification until an editor checks it against its source.
      expect(action.lastVerifiedAt ?? null).toBeNull()
      expect(action.verificationStale).toBe(true)
      // No budgets, rates or deadlines were set.
      expect(action.ticket?.min ?? null).toBeNull()
      expect(action.ticket?.max ?? null).toBeNull()
      expect(action.ticket?.fundingRate ?? null).toBeNull()
      expect(action.dates?.opensAt ?? null).toBeNull()
      expect(action.dates?.closesAt ?? null).toBeNull()
    }
    const providers = actions.flatMap((action) => action.providers ?? []).filter((provider) => typeof provider === 'object')
    expect(providers.every((provider) => provider.isDemo === true)).toBe(true)
  }, 300_000)

  it('speaks French too, and keeps the eligibility when the translations are written', async () => {
    const french = await publicSeededActions('fr')
    const gapFund = french.find((action) => action.externalId === 'seed-city-climate-finance-gap-fund')
    expect(gapFund?.summary).toMatch(/Banque mondiale/)
    const ficol = french.find((action) => action.externalId === 'seed-ficol')
    expect(ficol?.eligibility?.notes).toMatch(/collectivités françaises/)
    const euroclima = french.find((action) => action.externalId === 'seed-euroclima')
    // The Latin American and Caribbean countries, resolved from the sub-region.
    expect(euroclima?.eligibility?.countries?.length).toBeGreaterThan(20)
  })

  it('answers "what can my city apply for?" sensibly: a Senegalese city gets the Gap Fund and CoM SSA but not ELENA, a French one the reverse', async () => {
    const senegal = await openTo('SN')
    expect(senegal.has('seed-city-climate-finance-gap-fund')).toBe(true)
    expect(senegal.has('seed-covenant-of-mayors-sub-saharan-africa')).toBe(true)
    expect(senegal.has('seed-elena')).toBe(false)
    expect(senegal.has('seed-ficol')).toBe(false)

    const france = await openTo('FR')
    expect(france.has('seed-elena')).toBe(true)
    expect(france.has('seed-ficol')).toBe(true)
    expect(france.has('seed-city-climate-finance-gap-fund')).toBe(false)
    expect(france.has('seed-covenant-of-mayors-sub-saharan-africa')).toBe(false)
    expect(france.has('seed-cohesion-fund')).toBe(false)
  })

  it('creates nothing the second time', async () => {
    const before = await seededCounts()
    expect(await seedDemoFunding(payload)).toMatchObject({ organisations: 0, actions: 0 })
    expect(await seededCounts()).toEqual(before)
    expect(before.actions).toBe(seedFundingActions.length)
  }, 120_000)

  it('links a practice to the action that financed it once, keeping the rest of its budget', async () => {
    const place = await createPlace(payload)
    const practice = await createPractice(payload, place, 'published', {
      budget: { amount: 1000, currency: 'EUR', financing: 'Largely paid by the EU Cohesion Fund.' },
    })
    const link = { practice: practice.slug as string, action: 'seed-cohesion-fund' }
    expect(await linkFinancedPractices(payload, [link])).toBe(1)
    expect(await linkFinancedPractices(payload, [link])).toBe(0)

    const read = await payload.findByID({ collection: 'practices', id: practice.id, depth: 0, overrideAccess: false })
    expect(read.budget?.financing).toBe('Largely paid by the EU Cohesion Fund.')
    expect(read.budget?.amount).toBe(1000)
    const [cohesionFund] = (await publicSeededActions()).filter((action) => action.externalId === 'seed-cohesion-fund')
    expect(read.budget?.fundingActions).toEqual([cohesionFund.id])
    const financed = await payload.findByID({ collection: 'funding-actions', id: cohesionFund.id, depth: 0, overrideAccess: true })
    expect(financed.financedPractices?.docs).toContain(practice.id)
  })
})
