import type { CityRef, CountryRef, LeadCityView } from '@/lib/practices/practiceView'
import type { PracticeCard } from '@/lib/practices/search/types'

export type CityPageView = LeadCityView & {
  id: number
  baselineEmissions: { tonnes: number; year: number | null } | null
  networks: string[]
  description: string | null
  /** Published practices led by the city. */
  ledPractices: PracticeCard[]
  /** Published practices the city takes part in as a further location. */
  otherPractices: PracticeCard[]
}

export type CountryPageView = CountryRef & {
  id: number
  euMember: boolean
  horizonAssociated: boolean
  odaEligible: boolean
  /** Cities of the country with published practices, with how many each. */
  cities: Array<CityRef & { population: number | null; missionCity: boolean; practiceCount: number }>
  practices: PracticeCard[]
  practiceCount: number
}

export type CountryCount = { name: string; slug: string; code: string; practiceCount: number }

export type RegionPageView = {
  key: string
  name: string
  practiceCount: number
  /** Sub-regions that have countries with published practices, each with those countries. */
  subregions: Array<{ key: string; name: string; countries: CountryCount[] }>
}

export type RegionSummary = { key: string; name: string; practiceCount: number; countryCount: number }
