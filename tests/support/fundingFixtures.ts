import type { Payload } from 'payload'

import type { Country, FundingAction } from '@/payload-types'
import { uniqueSuffix } from './practiceFixtures'

type CountryFlags = { region: 'europe' | 'africa' | 'asia' | 'americas' | 'oceania'; euMember?: boolean; horizonAssociated?: boolean; odaEligible?: boolean }

/**
 * A country with the given flags under a user-assigned ISO code (XA–XZ, never a real country; not XK,
 * which the reference data uses for Kosovo), made once per code and reused by every test file of the
 * run: give each code one set of flags across the test files.
 */
export async function testCountry(payload: Payload, code: `X${string}`, flags: CountryFlags): Promise<Country> {
  const existing = await payload.find({ collection: 'countries', where: { code: { equals: code } }, overrideAccess: true, limit: 1 })
  if (existing.docs[0]) return existing.docs[0]
  return payload.create({
    collection: 'countries',
    overrideAccess: true,
    data: {
      name: `Country ${code}`,
      slug: `country-${code.toLowerCase()}`,
      code,
      alpha3: `${code}X`,
      numeric: `9${code.charCodeAt(1) - 55}`.padEnd(3, '0').slice(0, 3),
      subregion: undefined,
      euMember: false,
      horizonAssociated: false,
      odaEligible: false,
      ...flags,
    },
  })
}

/** A city of its own in a country. */
export async function testCity(payload: Payload, countryId: number, population: number | null = 250_000) {
  const suffix = uniqueSuffix()
  return payload.create({
    collection: 'cities',
    overrideAccess: true,
    data: { name: `City ${suffix}`, slug: `city-${suffix}`, country: countryId, latitude: 10, longitude: 10, population },
  })
}

type ActionInput = Partial<Omit<FundingAction, 'id' | 'eligibility'>> & {
  eligibility?: Partial<FundingAction['eligibility']>
}

/** A funding action, published unless `draft`; everything not given gets a plain default. */
export async function createFundingAction(payload: Payload, data: ActionInput = {}, options: { draft?: boolean } = {}): Promise<FundingAction> {
  const suffix = uniqueSuffix()
  return payload.create({
    collection: 'funding-actions',
    overrideAccess: true,
    draft: options.draft,
    context: { disableRevalidate: true },
    data: {
      title: `Funding ${suffix}`,
      slug: `funding-${suffix}`,
      summary: 'A test funding action.',
      level: 'national',
      direction: 'outbound',
      instruments: ['grant'],
      lastVerifiedAt: new Date().toISOString(),
      _status: options.draft ? 'draft' : 'published',
      ...data,
      eligibility: { countryScope: 'any', ...data.eligibility },
    },
  })
}
