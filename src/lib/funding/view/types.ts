import type { ApplicantType, FundingDirection, FundingInstrument, FundingLevel, FundingStatus } from '../options'
import type { FundingSearchParams } from '../params'
import type { FundingFacet } from '../search/conditions'

/** An action's dates as its page and cards show them: instants with the zone the funder set them in. */
export type FundingDatesView = {
  rolling: boolean
  opensAt: string | null
  opensAtZone: string | null
  closesAt: string | null
  closesAtZone: string | null
}

export type OrganisationRef = { name: string; acronym: string | null; website: string | null }

/** An action in a list: the search results, a city's or a practice's funding section. */
export type FundingCardView = {
  id: number
  slug: string
  title: string
  summary: string
  providers: OrganisationRef[]
  direction: FundingDirection
  level: FundingLevel
  instruments: FundingInstrument[]
  status: FundingStatus
  dates: FundingDatesView
  /** Not verified for 6 months, or never. */
  stale: boolean
  isDemo: boolean
  /** Why it is open to the city or country asking, in words; empty when nobody asks. */
  reasons: string[]
}

export type FacetOption = { value: string; label: string; count: number; selected: boolean }

/** Who asks "what can I apply for?", by name. */
export type FundingAsker = {
  kind: 'city' | 'country'
  /** The city's slug or the country's ISO code, as the address spells it. */
  key: string
  name: string
  countryName: string
  applicantType: ApplicantType | null
}

/** Everything /{locale}/funding shows for one address. */
export type FundingSearchView = {
  params: FundingSearchParams
  total: number
  page: number
  pageSize: number
  pageCount: number
  items: FundingCardView[]
  facets: Record<FundingFacet, FacetOption[]>
  asker: FundingAsker | null
  /** The address names a city or country we do not have: said so, and nothing is listed. */
  unknownAsker: { kind: 'city' | 'country'; value: string } | null
}
