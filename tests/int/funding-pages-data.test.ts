import type { Payload } from 'payload'

import { EMPTY_FUNDING_SEARCH, type FundingSearchParams, fundingQueryString, parseFundingSearchParams } from '@/lib/funding/params'
import { normalizeFundingAddress } from '@/lib/funding/view/address'
import { formatInZone } from '@/lib/funding/view/deadline'
import { findFinancingActions } from '@/lib/funding/view/financedBy'
import { findFundingAction } from '@/lib/funding/view/findFundingAction'
import { fundingForCity } from '@/lib/funding/view/fundingForCity'
import { reasonInWords } from '@/lib/funding/view/reasons'
import { searchFunding } from '@/lib/funding/view/search'
import { createFundingAction, testCity, testCountry } from '../support/fundingFixtures'
import { closePayload, getTestPayload } from '../support/payload'
import { createPlace, createPractice, createStaff, uniqueSuffix } from '../support/practiceFixtures'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})
afterAll(async () => {
  await closePayload(payload)
})

/** A word no other test uses, for a text search that finds only this test's actions. */
const uniqueWord = (prefix: string) => `${prefix}${uniqueSuffix().replace(/[^a-z]/g, '')}`

async function uniqueTheme() {
  const suffix = uniqueSuffix()
  return payload.create({ collection: 'themes', overrideAccess: true, data: { name: `Theme ${suffix}`, slug: `theme-${suffix}`, kind: 'domain' } })
}

const search = (params: Partial<FundingSearchParams>, locale: 'en' | 'fr' = 'en', now = new Date()) =>
  searchFunding(payload, { ...EMPTY_FUNDING_SEARCH, ...params }, locale, { now })

describe('deadlines on the funding pages', () => {
  // 17:00 in Brussels on 30 January 2027 (winter time, UTC+1).
  const deadline = '2027-01-30T16:00:00.000Z'

  it('are shown in the action’s own time zone, named, whatever the server’s zone', () => {
    expect(formatInZone(deadline, 'Europe/Brussels', 'en')).toBe('30 January 2027, 17:00 (Brussels time)')
    expect(formatInZone(deadline, 'Europe/Lisbon', 'en')).toBe('30 January 2027, 16:00 (Lisbon time)')
    expect(formatInZone(deadline, 'America/Argentina/Buenos_Aires', 'en')).toBe('30 January 2027, 13:00 (Buenos Aires time)')
    // The same instant falls on the next day in Auckland.
    expect(formatInZone(deadline, 'Pacific/Auckland', 'en')).toBe('31 January 2027, 05:00 (Auckland time)')
    expect(formatInZone(deadline, null, 'en')).toBe('30 January 2027, 16:00 (UTC)')
  })

  it('name the zone in the visitor’s language', () => {
    expect(formatInZone(deadline, 'Europe/Brussels', 'fr')).toBe('30 janvier 2027 à 17:00 (heure d’Europe centrale)')
    expect(formatInZone(deadline, 'Europe/Brussels', 'es')).toBe('30 de enero de 2027, 17:00 (hora de Europa central)')
  })

  it('come from the zone the editor set the deadline in', async () => {
    const word = uniqueWord('zt')
    await createFundingAction(payload, { summary: word, dates: { closesAt: '2031-03-31T22:00:00.000Z', closesAt_tz: 'America/Bogota' } })
    const { items } = await search({ q: word })
    expect(items).toHaveLength(1)
    const { closesAt, closesAtZone } = items[0].dates
    expect(closesAtZone).toBe('America/Bogota')
    expect(formatInZone(closesAt as string, closesAtZone, 'en')).toBe('31 March 2031, 17:00 (Bogota time)')
  })
})

describe('draft funding actions', () => {
  it('never reach the search, an action’s page or a practice’s “financed by”; staff preview them', async () => {
    const word = uniqueWord('zd')
    const published = await createFundingAction(payload, { summary: `${word} published` })
    const draft = await createFundingAction(payload, { summary: `${word} draft` }, { draft: true })

    const found = await search({ q: word })
    expect(found.items.map((item) => item.id)).toEqual([published.id])
    expect(await findFundingAction(payload, draft.slug, 'en')).toBeNull()
    // Draft mode without a signed-in member of staff is the public's view.
    expect(await findFundingAction(payload, draft.slug, 'en', { draft: true })).toBeNull()
    const { user } = await createStaff(payload, 'editor')
    const preview = await findFundingAction(payload, draft.slug, 'en', { user, draft: true })
    expect(preview).toMatchObject({ id: draft.id, draft: true })

    const place = await createPlace(payload)
    const practice = await createPractice(payload, place, 'published', { budget: { fundingActions: [published.id, draft.id] } })
    expect(await findFinancingActions(payload, practice.id, 'en')).toEqual([{ slug: published.slug, title: published.title }])
    const page = await findFundingAction(payload, published.slug, 'en')
    expect(page?.financedPractices.map((card) => card.slug)).toEqual([practice.slug])
  })

  it('show the public the published version while a later draft is being edited', async () => {
    const action = await createFundingAction(payload, { title: `Published title ${uniqueSuffix()}` })
    await payload.update({
      collection: 'funding-actions',
      id: action.id,
      draft: true,
      overrideAccess: true,
      context: { disableRevalidate: true },
      data: { title: 'Unpublished new title', _status: 'draft' },
    })
    const page = await findFundingAction(payload, action.slug, 'en')
    expect(page?.title).toBe(action.title)
  })

  it('keep unpublished practices out of an action’s page', async () => {
    const action = await createFundingAction(payload)
    const place = await createPlace(payload)
    await createPractice(payload, place, 'in_review', { budget: { fundingActions: [action.id] } })
    expect((await findFundingAction(payload, action.slug, 'en'))?.financedPractices).toEqual([])
  })
})

describe('the funding a city could use', () => {
  // Far enough ahead that other tests' dated actions have closed; rolling ones sort after ours.
  const now = new Date('2031-01-01T00:00:00Z')
  const day = (n: number) => new Date(now.getTime() + n * 86_400_000).toISOString()

  it('lists only the open actions the city is eligible for, next deadline first, each with its best reason', async () => {
    const country = await testCountry(payload, 'XP', { region: 'africa', odaEligible: true })
    const city = await testCity(payload, country.id, 900_000)
    const theme = await uniqueTheme()
    const themes = [theme.id]
    const open = await createFundingAction(payload, { themes, eligibility: { countries: [country.id] }, dates: { closesAt: day(90) } })
    const closing = await createFundingAction(payload, { themes, eligibility: { countryScope: 'oda' }, dates: { closesAt: day(10) } })
    const rolling = await createFundingAction(payload, { themes, eligibility: { regions: ['africa'] }, dates: { rolling: true } })
    // Not for this city: closed, not yet open, EU only, too small a city, another region, a draft.
    await createFundingAction(payload, { themes, dates: { closesAt: day(-1) } })
    await createFundingAction(payload, { themes, dates: { opensAt: day(5), closesAt: day(60) } })
    await createFundingAction(payload, { themes, eligibility: { countryScope: 'eu_associated' } })
    await createFundingAction(payload, { themes, eligibility: { minPopulation: 1_000_000 } })
    await createFundingAction(payload, { themes, eligibility: { regions: ['asia'] } })
    await createFundingAction(payload, { themes, eligibility: { countries: [country.id] } }, { draft: true })

    const funding = await fundingForCity(payload, city.slug, 'en', { themes: [theme.slug], now })
    expect(funding?.themed).toBe(true)
    expect(funding?.actions.map((action) => action.id)).toEqual([closing.id, open.id, rolling.id])
    expect(funding?.actions.map((action) => action.status)).toEqual(['closing_soon', 'open', 'open'])
    expect(funding?.actions.map((action) => action.reasons[0])).toEqual([
      `For ODA-eligible countries: ${country.name} is one`,
      `${country.name} is on the list of eligible countries`,
      'Open to cities in Africa',
    ])
  })

  it('drops the practice’s themes when they leave nothing, and knows no city it does not have', async () => {
    const country = await testCountry(payload, 'XP', { region: 'africa', odaEligible: true })
    const city = await testCity(payload, country.id)
    const listed = await createFundingAction(payload, { eligibility: { countries: [country.id] }, dates: { closesAt: day(1) } })
    const emptyTheme = await uniqueTheme()
    const funding = await fundingForCity(payload, city.slug, 'en', { themes: [emptyTheme.slug], now })
    expect(funding?.themed).toBe(false)
    expect(funding?.actions[0]?.id).toBe(listed.id)
    expect(funding?.actions.length).toBeLessThanOrEqual(5)
    expect(await fundingForCity(payload, `no-such-city-${uniqueSuffix()}`, 'en', { now })).toBeNull()
  })
})

describe('what a city can apply for, on the funding page', () => {
  it('says why each action is open to the city, in words, in English and in French', async () => {
    const country = await testCountry(payload, 'XP', { region: 'africa', odaEligible: true })
    const city = await testCity(payload, country.id, 4_400_000)
    const word = uniqueWord('zr')
    await createFundingAction(payload, {
      summary: word,
      eligibility: { regions: ['africa'], countryScope: 'oda', applicantTypes: ['city', 'utility'], minPopulation: 500_000 },
    })
    await createFundingAction(payload, { summary: word, eligibility: { countryScope: 'eu_associated' } })

    const english = await search({ q: word, city: city.slug, applicantTypes: ['city'] })
    expect(english.asker).toMatchObject({ kind: 'city', name: city.name, countryName: country.name, applicantType: 'city' })
    expect(english.items).toHaveLength(1)
    expect(english.items[0].reasons).toEqual([
      `For ODA-eligible countries: ${country.name} is one`,
      'Open to cities in Africa',
      `Minimum population 500,000 — ${city.name} has 4.4 million`,
      'Open to city or local governments',
    ])

    const french = await search({ q: word, city: city.slug, applicantTypes: ['city'] }, 'fr')
    expect(french.items[0].reasons).toEqual([
      `Réservé aux pays éligibles à l’APD : ${country.name} en fait partie`,
      'Ouvert aux villes de la région : Afrique',
      `Population minimale de ${new Intl.NumberFormat('fr').format(500_000)} habitants — ${city.name} en compte 4,4 millions`,
      'Ouvert aux villes et collectivités locales',
    ])
  })

  it('asks a country to check its city’s size, and lists the types an action is open to when no type is chosen', async () => {
    const country = await testCountry(payload, 'XP', { region: 'africa', odaEligible: true })
    const word = uniqueWord('zc')
    await createFundingAction(payload, { summary: word, eligibility: { countries: [country.id], applicantTypes: ['city', 'ngo'], minPopulation: 250_000 } })
    const { asker, items } = await search({ q: word, country: country.code })
    expect(asker).toMatchObject({ kind: 'country', name: country.name })
    expect(items[0].reasons).toEqual([
      `${country.name} is on the list of eligible countries`,
      'Open to city or local governments and NGOs',
      'Minimum population 250,000 — check your city’s population',
    ])
  })

  it('answers an unknown city or country with nothing, and says which', async () => {
    const city = await search({ city: `atlantis-${uniqueSuffix()}` })
    expect(city).toMatchObject({ total: 0, items: [], unknownAsker: { kind: 'city' } })
    const country = await search({ country: 'QQ' })
    expect(country).toMatchObject({ total: 0, items: [], unknownAsker: { kind: 'country', value: 'QQ' } })
  })

  it('reads a city or country typed by name into the address', async () => {
    const country = await testCountry(payload, 'XP', { region: 'africa', odaEligible: true })
    const places = { countries: [{ code: country.code, name: country.name, slug: country.slug }] }
    const cityQuery = fundingQueryString(parseFundingSearchParams(normalizeFundingAddress({ city: 'São Paulo' }, places)))
    expect(cityQuery).toBe('?city=sao-paulo')
    const countryQuery = fundingQueryString(parseFundingSearchParams(normalizeFundingAddress({ country: country.name }, places)))
    expect(countryQuery).toBe(`?country=${country.code}`)
  })

  it('puts a single reason in words without a city name when a country asks', () => {
    const context = { cityName: null, countryName: 'Kenya', applicantTypes: [] }
    expect(reasonInWords({ rule: 'country', basis: 'region', region: 'africa' }, context, 'en')).toBe('Open to applicants in Africa')
    expect(reasonInWords({ rule: 'country', basis: 'worldwide' }, context, 'pt')).toBe('Aberta a candidatos de todos os países')
  })
})

describe('the funding search page', () => {
  it('counts each facet, hides closed actions unless asked, and pages by 20', async () => {
    const word = uniqueWord('zf')
    const now = new Date('2031-01-01T00:00:00Z')
    for (let index = 0; index < 21; index += 1) {
      await createFundingAction(payload, { summary: word, instruments: [index % 2 ? 'loan' : 'grant'], dates: { closesAt: `2031-02-${String(index + 1).padStart(2, '0')}T10:00:00.000Z` } })
    }
    await createFundingAction(payload, { summary: word, dates: { closesAt: '2030-06-01T10:00:00.000Z' } })

    const first = await search({ q: word }, 'en', now)
    expect(first).toMatchObject({ total: 21, pageCount: 2, pageSize: 20 })
    expect(first.items).toHaveLength(20)
    expect(first.facets.instrument).toEqual([
      { value: 'grant', label: 'Grant', count: 11, selected: false },
      { value: 'loan', label: 'Loan', count: 10, selected: false },
    ])
    expect(first.facets.status.find((option) => option.value === 'closed')?.count).toBe(1)
    const second = await search({ q: word, page: 2 }, 'en', now)
    expect(second.items).toHaveLength(1)
    const loans = await search({ q: word, instruments: ['loan'], showClosed: true }, 'fr', now)
    expect(loans.total).toBe(10)
    expect(loans.facets.instrument.find((option) => option.value === 'loan')).toEqual({ value: 'loan', label: 'Prêt', count: 10, selected: true })
    expect((await search({ q: word, showClosed: true }, 'en', now)).total).toBe(22)
  })
})
