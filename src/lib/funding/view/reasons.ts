import { formatNumber, interpolate } from '@/i18n/interpolate'
import type { Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { worldRegionName } from '@/lib/geography/regions'
import type { EligibilityReason } from '../eligibility'
import type { ApplicantType } from '../options'

/** Who asks, by name, and what the action lists, to put the reasons in words. */
export type ReasonContext = {
  /** The city asking; null when a country asks. */
  cityName: string | null
  countryName: string
  /** The applicant types the action lists (none: every type). */
  applicantTypes: ApplicantType[]
}

/** "4.4 million" for a big city, "850,000" for a smaller one. */
function population(value: number, locale: Locale): string {
  return value >= 1_000_000
    ? formatNumber(value, locale, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1 })
    : formatNumber(value, locale)
}

function applicants(types: ApplicantType[], locale: Locale): string {
  const names = getStrings(locale).funding.reasons.applicantTypes
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(types.map((type) => names[type]))
}

/** One reason an action is open to the city or country asking, as a sentence. */
export function reasonInWords(reason: EligibilityReason, context: ReasonContext, locale: Locale): string {
  const strings = getStrings(locale).funding.reasons
  const country = context.countryName
  switch (reason.rule) {
    case 'country':
      if (reason.basis === 'listed') return interpolate(strings.countryListed, { country })
      if (reason.basis === 'region' && reason.region) {
        const region = worldRegionName(reason.region, locale)
        return interpolate(context.cityName ? strings.regionForCity : strings.regionForCountry, { region })
      }
      return strings.worldwide
    case 'countryScope':
      return interpolate(reason.basis === 'oda' ? strings.oda : strings.euAssociated, { country })
    case 'applicant': {
      if (reason.basis === 'any') return strings.applicantAny
      const types = reason.applicantType ? [reason.applicantType] : context.applicantTypes
      return interpolate(strings.applicantListed, { types: applicants(types, locale) })
    }
    case 'population': {
      const minimum = formatNumber(reason.minimum, locale)
      if (reason.basis === 'meets' && reason.population != null && context.cityName) {
        return interpolate(strings.populationMeets, { minimum, city: context.cityName, population: population(reason.population, locale) })
      }
      return interpolate(strings.populationUnknown, { minimum })
    }
  }
}

/** How telling each kind of reason is: a country named on the list says more than "open to everyone". */
function weight(reason: EligibilityReason): number {
  if (reason.rule === 'country') return reason.basis === 'listed' ? 6 : reason.basis === 'region' ? 4 : 0
  if (reason.rule === 'countryScope') return 5
  if (reason.rule === 'population') return reason.basis === 'meets' ? 3 : 1
  return reason.basis === 'listed' ? 2 : 0
}

/** The reasons as sentences, the most telling first (where there is room for one, it is the first). */
export function reasonsInWords(reasons: EligibilityReason[], context: ReasonContext, locale: Locale): string[] {
  return [...reasons].sort((a, b) => weight(b) - weight(a)).map((reason) => reasonInWords(reason, context, locale))
}
