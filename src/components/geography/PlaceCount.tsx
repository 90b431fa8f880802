import { plural } from '@/i18n/interpolate'
import type { Locale } from '@/i18n/locales'
import type { GeographyStrings } from '@/i18n/strings/geography/en'

/** "12 practices", with the language's plural rules. */
export function practiceCountText(count: number, locale: Locale, strings: GeographyStrings): string {
  return plural(strings.practiceCount, count, locale)
}

export function countryCountText(count: number, locale: Locale, strings: GeographyStrings): string {
  return plural(strings.countryCount, count, locale)
}

export function PlaceCount({ count, locale, strings }: { count: number; locale: Locale; strings: GeographyStrings }) {
  return <span className="place-count">{practiceCountText(count, locale, strings)}</span>
}
