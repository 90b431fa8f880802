import type { Payload } from 'payload'

import { EMPTY_FUNDING_SEARCH, type FundingSearchParams, fundingQueryString, parseFundingSearchParams } from '@/lib/funding/params'
import { matchFunding } from '@/lib/funding/search/matchFunding'
import { fundingStatus } from '@/lib/funding/status'
import { uniqueSuffix } from '../support/practiceFixtures'
import { createFundingAction, testCity, testCountry } from '../support/fundingFixtures'
import { closePayload, getTestPayload } from '../support/payload'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})
afterAll(async () => {
  await closePayload(payload)
})

describe('a funding action’s status', () => {
  // 17:00 in Brussels on 30 January 2027 (winter time, UTC+1) is 16:00 UTC.
  const closesAt = '2027-01-30T16:00:00.000Z'

  it('is open until the deadline’s very moment in the funder’s time zone, then closed', () => {
    expect(fundingStatus({ closesAt }, new Date('2027-01-30T15:59:59Z'))).toBe('closing_soon')
    expect(fundingStatus({ closesAt }, new Date('2027-01-30T16:00:00Z'))).toBe('closed')
    // 16:30 in Lisbon (UTC+0 in winter) is 17:30 in Brussels: past the deadline.
    expect(fundingStatus({ closesAt }, new Date('2027-01-30T16:30:00Z'))).toBe('closed')
  })

  it('is closing soon within 30 days of the deadline, open before, upcoming before it opens', () => {
    expect(fundingStatus({ closesAt }, new Date('2026-12-31T16:00:00Z'))).toBe('closing_soon')
    expect(fundingStatus({ closesAt }, new Date('2026-12-31T15:59:59Z'))).toBe('open')
    expect(fundingStatus({ opensAt: '2026-12-01T08:00:00Z', closesAt }, new Date('2026-12-01T07:59:59Z'))).toBe('upcoming')
    expect(fundingStatus({ opensAt: '2026-12-01T08:00:00Z', closesAt }, new Date('2026-12-01T08:00:00Z'))).toBe('open')
  })

  it('stays open when rolling or without a known deadline', () => {
    expect(fundingStatus({ rolling: true, closesAt }, new Date('2030-01-01'))).toBe('open')
    expect(fundingStatus({}, new Date('2030-01-01'))).toBe('open')
  })
})

describe('the funding search parameters', () => {
  it('drop unknown values and give one address per search', () => {
    const params = parseFundingSearchParams(
      new URLSearchParams('instrument=loan&instrument=bribe&instrument=grant&level=eu&city=Not%20A%20Slug&country=fr&page=-3&sort=nonsense'),
    )
    expect(params).toMatchObject({ instruments: ['grant', 'loan'], levels: ['eu'], city: null, country: 'FR', page: 1, sort: 'closing' })
    expect(fundingQueryString(params)).toBe('?country=FR&level=eu&instrument=grant&instrument=loan')
  })
})

describe('matching funding actions', () => {
  const search = (params: Partial<FundingSearchParams>, now = new Date()) =>
    matchFunding(payload, { ...EMPTY_FUNDING_SEARCH, ...params }, 'en', { now, limit: 50, counts: true })

  it('hides closed actions unless asked, sorts by the next deadline, and counts statuses', async () => {
    const word = `zq${uniqueSuffix().replace(/[^a-z]/g, '')}`
    const now = new Date('2027-01-01T00:00:00Z')
    const later = await createFundingAction(payload, { summary: `${word} later`, dates: { closesAt: '2027-06-01T10:00:00Z' } })
    const soon = await createFundingAction(payload, { summary: `${word} soon`, dates: { closesAt: '2027-01-15T10:00:00Z' } })
    const rolling = await createFundingAction(payload, { summary: `${word} rolling`, dates: { rolling: true } })
    const closed = await createFundingAction(payload, { summary: `${word} closed`, dates: { closesAt: '2026-12-01T10:00:00Z' } })
    const hidden = await search({ q: word, sort: 'closing' }, now)
    expect(hidden.matches.map((match) => match.actionId)).toEqual([soon.id, later.id, rolling.id])
    expect(hidden.counts.status).toEqual({ closing_soon: 1, open: 2, closed: 1 })
    const shown = await search({ q: word, sort: 'closing', showClosed: true }, now)
    expect(shown.matches.map((match) => match.actionId)).toEqual([soon.id, later.id, rolling.id, closed.id])
  })

  it('keeps a draft out of every answer', async () => {
    const word = `zd${uniqueSuffix().replace(/[^a-z]/g, '')}`
    await createFundingAction(payload, { summary: `${word} draft` }, { draft: true })
    expect((await search({ q: word })).total).toBe(0)
  })

  it('answers what a city can apply for, with the reasons, and says when the city is unknown', async () => {
    const country = await testCountry(payload, 'XN', { region: 'africa', odaEligible: true })
    const city = await testCity(payload, country.id, 800_000)
    const word = `ze${uniqueSuffix().replace(/[^a-z]/g, '')}`
    const forAfrica = await createFundingAction(payload, { summary: word, eligibility: { regions: ['africa'], countryScope: 'oda', applicantTypes: ['city'] } })
    await createFundingAction(payload, { summary: word, eligibility: { regions: ['asia'] } })
    await createFundingAction(payload, { summary: word, eligibility: { countryScope: 'eu_associated' } })
    const answer = await search({ q: word, city: city.slug, applicantTypes: ['city'] })
    expect(answer.matches.map((match) => match.actionId)).toEqual([forAfrica.id])
    expect(answer.matches[0].reasons).toEqual([
      { rule: 'country', basis: 'region', region: 'africa' },
      { rule: 'countryScope', basis: 'oda' },
      { rule: 'applicant', basis: 'listed', applicantType: 'city' },
    ])
    const unknown = await search({ city: 'no-such-city-anywhere' })
    expect(unknown).toMatchObject({ unknownSubject: 'city', total: 0 })
  })

  it('counts each facet with every other filter applied', async () => {
    const word = `zf${uniqueSuffix().replace(/[^a-z]/g, '')}`
    await createFundingAction(payload, { summary: word, instruments: ['grant'], level: 'eu' })
    await createFundingAction(payload, { summary: word, instruments: ['loan', 'grant'], level: 'national' })
    await createFundingAction(payload, { summary: word, instruments: ['loan'], level: 'eu' })
    const answer = await search({ q: word, levels: ['eu'] })
    expect(answer.total).toBe(2)
    expect(answer.counts.level).toEqual({ eu: 2, national: 1 })
    expect(answer.counts.instrument).toEqual({ grant: 1, loan: 1 })
  })
})
