import type { Locale } from '@/i18n/locales'

type Names = Record<Locale, string>

/** UN M49 macro-regions: the top level of the geographic structure (world region → country → city). */
export const WORLD_REGIONS = {
  africa: { m49: '002', en: 'Africa', fr: 'Afrique', es: 'África', pt: 'África' },
  americas: { m49: '019', en: 'Americas', fr: 'Amériques', es: 'Américas', pt: 'Américas' },
  asia: { m49: '142', en: 'Asia', fr: 'Asie', es: 'Asia', pt: 'Ásia' },
  europe: { m49: '150', en: 'Europe', fr: 'Europe', es: 'Europa', pt: 'Europa' },
  oceania: { m49: '009', en: 'Oceania', fr: 'Océanie', es: 'Oceanía', pt: 'Oceânia' },
} as const satisfies Record<string, Names & { m49: string }>

/** UN M49 sub-regions, each under one macro-region. */
export const SUB_REGIONS = {
  northern_africa: { m49: '015', region: 'africa', en: 'Northern Africa', fr: 'Afrique du Nord', es: 'África septentrional', pt: 'Norte de África' },
  sub_saharan_africa: { m49: '202', region: 'africa', en: 'Sub-Saharan Africa', fr: 'Afrique subsaharienne', es: 'África subsahariana', pt: 'África Subsariana' },
  latin_america_caribbean: { m49: '419', region: 'americas', en: 'Latin America and the Caribbean', fr: 'Amérique latine et Caraïbes', es: 'América Latina y el Caribe', pt: 'América Latina e Caraíbas' },
  northern_america: { m49: '021', region: 'americas', en: 'Northern America', fr: 'Amérique du Nord', es: 'América septentrional', pt: 'América do Norte' },
  central_asia: { m49: '143', region: 'asia', en: 'Central Asia', fr: 'Asie centrale', es: 'Asia central', pt: 'Ásia Central' },
  eastern_asia: { m49: '030', region: 'asia', en: 'Eastern Asia', fr: 'Asie de l’Est', es: 'Asia oriental', pt: 'Ásia Oriental' },
  south_eastern_asia: { m49: '035', region: 'asia', en: 'South-eastern Asia', fr: 'Asie du Sud-Est', es: 'Asia sudoriental', pt: 'Sudeste Asiático' },
  southern_asia: { m49: '034', region: 'asia', en: 'Southern Asia', fr: 'Asie du Sud', es: 'Asia meridional', pt: 'Ásia Meridional' },
  western_asia: { m49: '145', region: 'asia', en: 'Western Asia', fr: 'Asie de l’Ouest', es: 'Asia occidental', pt: 'Ásia Ocidental' },
  eastern_europe: { m49: '151', region: 'europe', en: 'Eastern Europe', fr: 'Europe de l’Est', es: 'Europa oriental', pt: 'Europa Oriental' },
  northern_europe: { m49: '154', region: 'europe', en: 'Northern Europe', fr: 'Europe du Nord', es: 'Europa septentrional', pt: 'Europa do Norte' },
  southern_europe: { m49: '039', region: 'europe', en: 'Southern Europe', fr: 'Europe du Sud', es: 'Europa meridional', pt: 'Europa do Sul' },
  western_europe: { m49: '155', region: 'europe', en: 'Western Europe', fr: 'Europe de l’Ouest', es: 'Europa occidental', pt: 'Europa Ocidental' },
  australia_new_zealand: { m49: '053', region: 'oceania', en: 'Australia and New Zealand', fr: 'Australie et Nouvelle-Zélande', es: 'Australia y Nueva Zelandia', pt: 'Austrália e Nova Zelândia' },
  melanesia: { m49: '054', region: 'oceania', en: 'Melanesia', fr: 'Mélanésie', es: 'Melanesia', pt: 'Melanésia' },
  micronesia: { m49: '057', region: 'oceania', en: 'Micronesia', fr: 'Micronésie', es: 'Micronesia', pt: 'Micronésia' },
  polynesia: { m49: '061', region: 'oceania', en: 'Polynesia', fr: 'Polynésie', es: 'Polinesia', pt: 'Polinésia' },
} as const satisfies Record<string, Names & { m49: string; region: string }>

export type WorldRegionCode = keyof typeof WORLD_REGIONS
export type SubRegionCode = keyof typeof SUB_REGIONS

export const worldRegionCodes = Object.keys(WORLD_REGIONS) as WorldRegionCode[]
export const subRegionCodes = Object.keys(SUB_REGIONS) as SubRegionCode[]

export function worldRegionName(code: string, locale: Locale): string {
  return (WORLD_REGIONS as Record<string, Names>)[code]?.[locale] ?? code
}

export function subRegionName(code: string, locale: Locale): string {
  return (SUB_REGIONS as Record<string, Names>)[code]?.[locale] ?? code
}

/** Population bands used by facets and by "cities like mine". */
export const POPULATION_BANDS = [
  { value: 'under-50k', max: 50_000, en: 'Under 50,000', fr: 'Moins de 50 000', es: 'Menos de 50 000', pt: 'Menos de 50 000' },
  { value: '50k-250k', max: 250_000, en: '50,000 to 250,000', fr: '50 000 à 250 000', es: '50 000 a 250 000', pt: '50 000 a 250 000' },
  { value: '250k-1m', max: 1_000_000, en: '250,000 to 1 million', fr: '250 000 à 1 million', es: '250 000 a 1 millón', pt: '250 000 a 1 milhão' },
  { value: '1m-5m', max: 5_000_000, en: '1 to 5 million', fr: '1 à 5 millions', es: '1 a 5 millones', pt: '1 a 5 milhões' },
  { value: 'over-5m', max: Infinity, en: 'Over 5 million', fr: 'Plus de 5 millions', es: 'Más de 5 millones', pt: 'Mais de 5 milhões' },
] as const

export type PopulationBand = (typeof POPULATION_BANDS)[number]['value']

export function populationBand(population: number | null | undefined): PopulationBand | null {
  if (population == null || !Number.isFinite(population) || population <= 0) return null
  return POPULATION_BANDS.find((band) => population < band.max)!.value
}

/** Select options with a label in every locale, from one of the tables above. */
export function localizedOptions<T extends Record<string, Names>>(table: T) {
  return Object.entries(table).map(([value, names]) => ({
    value,
    label: { en: names.en, fr: names.fr, es: names.es, pt: names.pt },
  }))
}
