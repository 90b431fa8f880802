import type { Locale } from '@/i18n/locales'
import type { SubRegionCode, WorldRegionCode } from '@/lib/geography/regions'
import type {
  ApplicantType,
  CountryScope,
  FundingDirection,
  FundingInstrument,
  FundingLevel,
  OrganisationType,
} from '@/lib/funding/options'

/** A text in every interface language. */
export type Text = Record<Locale, string>

/** A provider organisation of the seeded actions, keyed by its slug. */
export type SeedOrganisation = {
  slug: string
  /** The name in each language; a name that is the same everywhere is given once. */
  name: string | Text
  acronym?: string
  type: OrganisationType
  /** ISO alpha-2 code of the country of its seat; none for a body that has no single seat. */
  country?: string
  website: string
}

/**
 * Who may apply, as data. Countries may be given by ISO alpha-2 code and by UN M49 sub-region (the
 * seed turns sub-regions into the countries they hold); a world region is kept as a region.
 */
export type SeedEligibility = {
  countries?: readonly string[]
  subregions?: SubRegionCode[]
  regions?: WorldRegionCode[]
  countryScope: CountryScope
  applicantTypes?: ApplicantType[]
  minPopulation?: number
  /** Conditions that are not data: who applies on whose behalf, partner requirements… */
  notes?: Text
}

/**
 * A real advising or funding instrument, with only facts that can be stated with confidence: no
 * budgets, rates or deadlines. Every one is seeded as demo data needing verification.
 */
export type SeedAction = {
  /** A stable key: `seed-<name>`. */
  externalId: string
  slug: string
  title: Text
  summary: Text
  level: FundingLevel
  direction: FundingDirection
  instruments: FundingInstrument[]
  /** Theme slugs (the agreed taxonomy). */
  themes: string[]
  /** Slugs of SeedOrganisations. */
  providers: string[]
  /** ISO alpha-2 code, for a national or regional provider. */
  providerCountry?: string
  eligibility: SeedEligibility
  /** True only where the programme says applications are accepted at any time. */
  rolling?: boolean
  /** The programme's official page: where to apply and the source of the entry. */
  url: string
  /** Who publishes that page, e.g. "European Commission". */
  sourceLabel: string
}
