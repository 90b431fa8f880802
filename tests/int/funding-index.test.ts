import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { eligibilityCondition, eligibilityReasons, type EligibilityRow, subjectForCity, subjectForCountry } from '@/lib/funding/eligibility'
import { sqlRunner } from '@/lib/practices/database'
import { createFundingAction, testCity, testCountry } from '../support/fundingFixtures'
import { closePayload, getTestPayload } from '../support/payload'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})
afterAll(async () => {
  await closePayload(payload)
})

async function facetRow(actionId: number) {
  const db = await sqlRunner(payload)
  const { rows } = await db.execute(sql`SELECT * FROM funding_facets WHERE action_id = ${actionId}`)
  return rows[0]
}

/** The ids among `ids` whose index row is open to the subject. */
async function eligibleAmong(ids: number[], subject: NonNullable<Awaited<ReturnType<typeof subjectForCity>>>) {
  const db = await sqlRunner(payload)
  const { rows } = await db.execute(
    sql`SELECT f.action_id FROM funding_facets f WHERE f.action_id = ANY (${sql.param(ids)}::int[]) AND ${eligibilityCondition(subject)} ORDER BY f.action_id`,
  )
  return rows.map((row) => Number(row.action_id))
}

describe('the funding index', () => {
  it('holds a published action with its eligibility as arrays, and never a draft', async () => {
    const country = await testCountry(payload, 'XJ', { region: 'africa', odaEligible: true })
    const published = await createFundingAction(payload, {
      instruments: ['grant', 'technical_assistance'],
      eligibility: { countries: [country.id], regions: ['asia'], countryScope: 'oda', applicantTypes: ['city', 'utility'], minPopulation: 100_000 },
    })
    const draft = await createFundingAction(payload, {}, { draft: true })
    const row = await facetRow(published.id)
    expect(row).toMatchObject({
      instruments: ['grant', 'technical_assistance'],
      eligible_country_ids: [country.id],
      eligible_regions: ['asia'],
      country_scope: 'oda',
      applicant_types: ['city', 'utility'],
    })
    expect(Number(row.min_population)).toBe(100_000)
    expect(await facetRow(draft.id)).toBeUndefined()
  })

  it('drops an action that is unpublished, and follows a draft save only once it is published', async () => {
    const action = await createFundingAction(payload, { title: 'Before' })
    await payload.update({ collection: 'funding-actions', id: action.id, draft: true, overrideAccess: true, data: { title: 'Draft title' }, context: { disableRevalidate: true } })
    const db = await sqlRunner(payload)
    const titles = async () => (await db.execute(sql`SELECT title FROM funding_search WHERE action_id = ${action.id} AND locale = 'en'`)).rows
    expect(await titles()).toEqual([{ title: 'Before' }])
    await payload.update({ collection: 'funding-actions', id: action.id, overrideAccess: true, data: { _status: 'draft' }, context: { disableRevalidate: true } })
    expect(await facetRow(action.id)).toBeUndefined()
  })
})

describe('eligibility', () => {
  it('keeps an EU city out of an ODA-only action and lets an ODA country’s city in', async () => {
    const eu = await testCountry(payload, 'XE', { region: 'europe', euMember: true })
    const oda = await testCountry(payload, 'XO', { region: 'africa', odaEligible: true })
    const odaOnly = await createFundingAction(payload, { eligibility: { countryScope: 'oda' } })
    const euCity = await testCity(payload, eu.id)
    const odaCity = await testCity(payload, oda.id)
    const db = await sqlRunner(payload)
    expect(await eligibleAmong([odaOnly.id], (await subjectForCity(db, euCity.slug))!)).toEqual([])
    expect(await eligibleAmong([odaOnly.id], (await subjectForCity(db, odaCity.slug))!)).toEqual([odaOnly.id])
  })

  it('follows an explicit country list, regions, applicant types and a minimum size, with the reasons', async () => {
    const listed = await testCountry(payload, 'XL', { region: 'asia' })
    const other = await testCountry(payload, 'XM', { region: 'americas' })
    const byList = await createFundingAction(payload, { eligibility: { countries: [listed.id], applicantTypes: ['ngo'] } })
    const byRegion = await createFundingAction(payload, { eligibility: { regions: ['americas'], minPopulation: 1_000_000 } })
    const db = await sqlRunner(payload)
    const bigCity = await testCity(payload, other.id, 2_000_000)
    const smallCity = await testCity(payload, other.id, 50_000)
    expect(await eligibleAmong([byList.id, byRegion.id], (await subjectForCity(db, bigCity.slug, 'city'))!)).toEqual([byRegion.id])
    expect(await eligibleAmong([byList.id, byRegion.id], (await subjectForCity(db, smallCity.slug, 'city'))!)).toEqual([])
    expect(await eligibleAmong([byList.id, byRegion.id], (await subjectForCountry(db, 'XL', 'city'))!)).toEqual([])
    const ngo = (await subjectForCountry(db, 'XL', 'ngo'))!
    expect(await eligibleAmong([byList.id, byRegion.id], ngo)).toEqual([byList.id])
    expect(eligibilityReasons((await facetRow(byList.id)) as unknown as EligibilityRow, ngo)).toEqual([
      { rule: 'country', basis: 'listed' },
      { rule: 'applicant', basis: 'listed', applicantType: 'ngo' },
    ])
  })
})
