import type { PracticeCard } from '@/lib/practices/search/types'
import type { FundingAction } from '@/payload-types'
import type { ApplicantType, CountryScope, FundingDirection, FundingInstrument, FundingLevel } from '../options'
import type { FundingDatesView, OrganisationRef } from './types'

export type FundingRichText = NonNullable<FundingAction['description']>

export type PlaceRef = { name: string; slug: string }

export type ProviderView = OrganisationRef & {
  logo: { url: string; alt: string; width: number | null; height: number | null } | null
}

/** Everything an action's page shows. Status and staleness are computed when the page renders, from the dates. */
export type FundingActionView = {
  id: number
  slug: string
  title: string
  summary: string
  description: FundingRichText | null
  providers: ProviderView[]
  providerCountry: PlaceRef | null
  level: FundingLevel
  direction: FundingDirection
  instruments: FundingInstrument[]
  themes: PlaceRef[]
  eligibility: {
    countries: PlaceRef[]
    regions: string[]
    countryScope: CountryScope
    applicantTypes: ApplicantType[]
    minPopulation: number | null
    notes: string | null
  }
  ticket: {
    min: number | null
    max: number | null
    currency: string | null
    isTotalBudget: boolean
    fundingRate: number | null
    coFinancingRequired: boolean
    consortiumRequired: boolean
  }
  dates: FundingDatesView
  apply: { url: string | null; contact: string | null }
  source: { label: string | null; url: string | null }
  lastVerifiedAt: string | null
  isDemo: boolean
  meta: { title: string | null; description: string | null; noIndex: boolean }
  /** Published practices whose budget lists this action. */
  financedPractices: PracticeCard[]
  /** True when this is a draft read for staff in preview (draft mode). */
  draft: boolean
}
