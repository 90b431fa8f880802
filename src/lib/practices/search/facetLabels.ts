import { IMPLEMENTATION_STATUSES } from '@/collections/Practices/fields/place'
import { VERIFICATION_LEVELS } from '@/fields/impact'
import { formatNumber, interpolate } from '@/i18n/interpolate'
import type { Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { POPULATION_BANDS, worldRegionCodes, worldRegionName } from '@/lib/geography/regions'
import { type FacetName, MIN_SCORES } from './types'

type Labelled = { value: string; label: Record<Locale, string> | string }

const MISSION_LABEL: Record<Locale, string> = {
  en: 'EU Mission cities',
  fr: 'Villes de la Mission européenne',
  es: 'Ciudades de la Misión de la UE',
  pt: 'Cidades da Missão da UE',
}

const fromOptions = (options: readonly Labelled[], locale: Locale) =>
  options.map((option) => ({
    value: option.value,
    label: typeof option.label === 'string' ? option.label : option.label[locale] ?? option.label.en,
  }))

export type FixedFacet = Exclude<FacetName, 'theme' | 'country' | 'city' | 'year'>

/**
 * The values of the facets with a fixed vocabulary, in the order a filter form lists them, with
 * their labels in `locale` (themes, countries and cities are labelled from the database).
 */
export function fixedFacetValues(facet: FixedFacet, locale: Locale): Array<{ value: string; label: string }> {
  const evaluation = getStrings(locale).repository.filters.evaluation
  switch (facet) {
    case 'region':
      return worldRegionCodes.map((code) => ({ value: code, label: worldRegionName(code, locale) }))
    case 'population':
      return POPULATION_BANDS.map((band) => ({ value: band.value, label: band[locale] }))
    case 'mission':
      return [{ value: '1', label: MISSION_LABEL[locale] }]
    case 'verification':
      return fromOptions(VERIFICATION_LEVELS, locale)
    case 'status':
      return fromOptions(IMPLEMENTATION_STATUSES, locale)
    case 'evaluated':
      return [{ value: '1', label: evaluation.evaluatedOnly }]
    case 'minScore':
      return MIN_SCORES.map((score) => ({
        value: String(score),
        label: interpolate(evaluation.minScoreOption, { score: formatNumber(score / 100, locale, { style: 'percent' }) }),
      }))
    case 'label':
      return [{ value: '1', label: evaluation.labelOnly }]
  }
}
