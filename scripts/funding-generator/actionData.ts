import { localeCodes } from '@/i18n/locales'
import type { ApplicantType, CountryScope, FundingDirection, FundingInstrument, FundingLevel } from '@/lib/funding/options'
import type { Random } from '../random'
import { PROGRAMME_KINDS, SENTENCES, SUBJECTS } from './vocabulary'

export type ReferenceCountry = { id: number; code: string; region: string; euMember: boolean; associated: boolean; oda: boolean }
export type GeneratedOrganisation = { id: number; countryId: number | null; european: boolean }

export type Reference = {
  countries: ReferenceCountry[]
  themeIds: number[]
  organisations: GeneratedOrganisation[]
}

/** One generated action, as the rows of Payload's tables hold it. */
export type GeneratedAction = {
  row: Record<string, unknown>
  locales: Array<{ _locale: string; title: string; summary: string }>
  instruments: FundingInstrument[]
  regions: string[]
  applicantTypes: ApplicantType[]
  themes: number[]
  providers: number[]
  countries: number[]
}

const DAY = 24 * 60 * 60 * 1000
const LEVELS: Array<[FundingLevel, number]> = [
  ['eu', 25], ['national', 35], ['regional', 8], ['city', 4], ['multilateral', 12], ['philanthropic', 8], ['other_international', 8],
]
const DIRECTIONS: Array<[FundingDirection, number]> = [['outbound', 45], ['inbound', 40], ['both', 15]]
const INSTRUMENTS: Array<[FundingInstrument, number]> = [
  ['grant', 30], ['technical_assistance', 20], ['loan', 10], ['guarantee', 3], ['equity', 3], ['advisory', 10],
  ['project_preparation', 10], ['capacity_building', 12], ['matchmaking', 5], ['prize', 3],
]
const APPLICANTS: Array<[ApplicantType, number]> = [
  ['city', 40], ['metropolitan_regional', 15], ['national_government', 10], ['utility', 8], ['ngo', 10], ['research', 7], ['business', 6], ['consortium', 4],
]
const NON_EUROPEAN_REGIONS = ['africa', 'americas', 'asia', 'oceania']
const POPULATIONS = [20_000, 50_000, 100_000, 250_000, 500_000, 1_000_000]

type Eligibility = { scope: CountryScope; regions: string[]; countries: number[] }

function outboundEligibility(rng: Random, ref: Reference): Eligibility {
  const oda = ref.countries.filter((country) => country.oda)
  return rng.weighted<() => Eligibility>([
    [() => ({ scope: 'oda', regions: [], countries: [] }), 35],
    [() => ({ scope: rng.next() < 0.5 ? 'oda' : 'any', regions: rng.several(NON_EUROPEAN_REGIONS, rng.int(1, 2)), countries: [] }), 25],
    [() => {
      // A list of partner countries, mostly from one region, as programmes name them.
      const region = rng.pick(NON_EUROPEAN_REGIONS)
      const pool = oda.filter((country) => country.region === region)
      const list = rng.several(pool.length ? pool : oda, rng.int(1, 40)).map((country) => country.id)
      return { scope: 'any', regions: [], countries: list }
    }, 30],
    [() => ({ scope: 'oda', regions: [rng.pick(NON_EUROPEAN_REGIONS)], countries: rng.several(oda, rng.int(1, 5)).map((c) => c.id) }), 10],
  ])()
}

function inboundEligibility(rng: Random, ref: Reference): Eligibility {
  const eu = ref.countries.filter((country) => country.euMember)
  return rng.weighted<() => Eligibility>([
    [() => ({ scope: 'eu_associated', regions: [], countries: [] }), 40],
    [() => ({ scope: 'any', regions: [], countries: rng.several(eu, rng.int(1, eu.length)).map((country) => country.id) }), 30],
    [() => ({ scope: 'any', regions: ['europe'], countries: [] }), 15],
    [() => ({ scope: 'any', regions: [], countries: [] }), 15],
  ])()
}

function bothEligibility(rng: Random): Eligibility {
  return rng.next() < 0.6
    ? { scope: 'any', regions: [], countries: [] }
    : { scope: 'any', regions: ['europe', ...rng.several(NON_EUROPEAN_REGIONS, rng.int(1, 3))], countries: [] }
}

/** Past (closed), open (some closing within 30 days), upcoming, rolling or without known dates. */
function dates(rng: Random, now: number): { rolling: boolean; opensAt: string | null; closesAt: string | null } {
  const at = (offsetDays: number) => new Date(now + offsetDays * DAY + rng.int(0, 23) * 3600_000).toISOString()
  const kind = rng.weighted([['rolling', 20], ['unknown', 10], ['closed', 30], ['open', 30], ['upcoming', 10]] as const)
  switch (kind) {
    case 'rolling':
      return { rolling: true, opensAt: null, closesAt: null }
    case 'unknown':
      return { rolling: false, opensAt: null, closesAt: null }
    case 'closed': {
      const closes = -rng.int(1, 3 * 365)
      return { rolling: false, opensAt: at(closes - rng.int(30, 180)), closesAt: at(closes) }
    }
    case 'open':
      return { rolling: false, opensAt: at(-rng.int(1, 180)), closesAt: at(rng.next() < 0.25 ? rng.int(1, 30) : rng.int(31, 540)) }
    default: {
      const opens = rng.int(1, 180)
      return { rolling: false, opensAt: at(opens), closesAt: at(opens + rng.int(30, 120)) }
    }
  }
}

export function generateAction(rng: Random, ref: Reference, index: number, runId: string, now: number): GeneratedAction {
  const direction = rng.weighted(DIRECTIONS)
  const level = rng.weighted(LEVELS)
  const governmental = level === 'national' || level === 'regional' || level === 'city'
  const pool = governmental ? ref.organisations.filter((organisation) => organisation.european) : ref.organisations
  const providers = rng.several(pool, rng.next() < 0.8 ? 1 : 2)
  const eligibility = direction === 'outbound' ? outboundEligibility(rng, ref) : direction === 'inbound' ? inboundEligibility(rng, ref) : bothEligibility(rng)
  const applicantTypes = rng.next() < 0.4 ? [] : [...new Set(Array.from({ length: rng.int(1, 3) }, () => rng.weighted(APPLICANTS)))]
  const when = dates(rng, now)
  const kind = rng.pick(PROGRAMME_KINDS)
  const subject = rng.pick(SUBJECTS)
  const story = rng.several(SENTENCES, 2)
  const verified = rng.next() < 0.7 ? new Date(now - rng.int(0, 365) * DAY).toISOString() : null
  const externalId = `gen-${runId}-${index}`
  const url = `https://funding.example.org/${runId}/${index}`
  return {
    row: {
      external_id: externalId,
      slug: externalId,
      level,
      direction,
      provider_country_id: governmental ? providers[0].countryId : null,
      eligibility_country_scope: eligibility.scope,
      eligibility_min_population: rng.next() < 0.12 ? rng.pick(POPULATIONS) : null,
      dates_rolling: when.rolling,
      dates_opens_at: when.opensAt,
      dates_closes_at: when.closesAt,
      apply_url: url,
      source_label: 'Generated for benchmarks',
      source_url: url,
      last_verified_at: verified,
      published_at: new Date(now - rng.int(0, 4 * 365) * DAY).toISOString(),
    },
    locales: localeCodes.map((locale) => ({
      _locale: locale,
      title: `${kind[locale]} ${subject[locale]}`,
      summary: story.map((sentence) => sentence[locale]).join(' '),
    })),
    instruments: [...new Set(Array.from({ length: rng.int(1, 3) }, () => rng.weighted(INSTRUMENTS)))],
    regions: eligibility.regions,
    applicantTypes,
    themes: rng.several(ref.themeIds, rng.int(1, 3)),
    providers: providers.map((organisation) => organisation.id),
    countries: eligibility.countries,
  }
}
