import { IMPLEMENTATION_STATUSES } from '@/collections/Practices/fields/place'
import { VERIFICATION_LEVELS } from '@/fields/impact'
import type { Locale } from '@/i18n/locales'
import { POPULATION_BANDS, worldRegionCodes, worldRegionName } from '@/lib/geography/regions'
import type { FacetName } from './types'

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

/**
 * The values of the facets with a fixed vocabulary, in the order a filter form lists them, with
 * their labels in `locale` (themes, countries and cities are labelled from the database).
 */
export function fixedFacetValues(
  facet: Extract<FacetName, 'region' | 'population' | 'mission' | 'verification' | 'status'>,
  locale: Locale,
): Array<{ value: string; label: string }> {
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
  }
}
