import type { Payload, Where } from 'payload'

import { plural } from '@/i18n/interpolate'
import type { Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { POPULATION_BANDS, type PopulationBand, populationBand, type WorldRegionCode } from '@/lib/geography/regions'
import { findPublicPractices, toPracticeCard } from './practiceCards'
import type { CityLikeMine, PracticeView } from './practiceView'
import { rankBySharedThemes, RELATED_LIMIT, themeIdsOf } from './relatedPractices'

type Subject = Pick<PracticeView, 'id' | 'leadCity' | 'themes'>

/** The population range of the band a city falls in, as a query on the lead city's population. */
function bandWhere(population: number | null): { band: PopulationBand; where: Where[] } | null {
  const band = populationBand(population)
  const index = POPULATION_BANDS.findIndex((entry) => entry.value === band)
  if (index < 0) return null
  const { max } = POPULATION_BANDS[index]
  const min = index === 0 ? 0 : POPULATION_BANDS[index - 1].max
  const where: Where[] = [{ 'leadCity.population': { greater_than_equal: Math.max(min, 1) } }]
  if (Number.isFinite(max)) where.push({ 'leadCity.population': { less_than: max } })
  return { band: POPULATION_BANDS[index].value, where }
}

const lowerFirst = (text: string, locale: Locale) => text.charAt(0).toLocaleLowerCase(locale) + text.slice(1)

/** "Also a city of 250,000 to 1 million people in Europe, working on mobility and transport". */
export function explainLikeMine(locale: Locale, args: { band: PopulationBand; region: WorldRegionCode; themes: string[] }): string {
  const strings = getStrings(locale).practice.citiesLikeMine
  const themes = new Intl.ListFormat(locale, { type: 'conjunction' }).format(args.themes.map((name) => lowerFirst(name, locale)))
  return plural(strings.reason, args.themes.length, locale, { band: strings.bands[args.band], region: strings.regions[args.region], themes })
}

/**
 * "Cities like mine": published practices led by another city in the same population band and the
 * same world region, sharing at least one theme, each with a one-line reason.
 */
export async function findCitiesLikeMine(payload: Payload, practice: Subject, locale: Locale, options: { exclude?: number[]; limit?: number } = {}): Promise<CityLikeMine[]> {
  const city = practice.leadCity
  const region = city?.country?.region as WorldRegionCode | undefined
  const band = bandWhere(city?.population ?? null)
  const themeIds = practice.themes.map((theme) => theme.id)
  if (!city || !region || !band || themeIds.length === 0) return []
  const candidates = await findPublicPractices(payload, {
    where: {
      and: [
        { id: { not_in: [practice.id, ...(options.exclude ?? [])] } },
        { 'leadCity.slug': { not_equals: city.slug } },
        { 'leadCity.country.region': { equals: region } },
        ...band.where,
        { themes: { in: themeIds } },
      ],
    },
    locale,
    limit: 24,
  })
  return rankBySharedThemes(candidates, themeIds)
    .slice(0, options.limit ?? RELATED_LIMIT)
    .map((candidate) => {
      const shared = themeIdsOf(candidate)
      const themes = practice.themes.filter((theme) => shared.includes(theme.id)).map((theme) => theme.name)
      return { ...toPracticeCard(candidate), explanation: explainLikeMine(locale, { band: band.band, region, themes }) }
    })
}
