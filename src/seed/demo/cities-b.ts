import type { DemoCity } from './types'

/** Every city that demo practices B use, as lead city or further location. */
export const demoCitiesB: DemoCity[] = [
  { slug: 'singapore', name: 'Singapore', country: 'SG' },
  { slug: 'medellin', name: 'Medellín', country: 'CO' },
  { slug: 'melbourne', name: 'Melbourne', country: 'AU' },
  { slug: 'rotterdam', name: 'Rotterdam', country: 'NL' },
  { slug: 'freetown', name: 'Freetown', country: 'SL' },
  { slug: 'kalundborg', name: 'Kalundborg', country: 'DK' },
  { slug: 'ulsan', name: 'Ulsan', country: 'KR' },
  { slug: 'montreal', name: 'Montréal', country: 'CA' },
  { slug: 'cape-town', name: 'Cape Town', country: 'ZA' },
  { slug: 'durban', name: 'Durban', country: 'ZA' },
  { slug: 'hamburg', name: 'Hamburg', country: 'DE' },
  { slug: 'vienna', name: 'Vienna', country: 'AT' },
  { slug: 'mexico-city', name: 'Mexico City', country: 'MX' },
  { slug: 'vitoria-gasteiz', name: 'Vitoria-Gasteiz', country: 'ES' },
  { slug: 'kampala', name: 'Kampala', country: 'UG' },
  { slug: 'quezon-city', name: 'Quezon City', country: 'PH' },
  { slug: 'milan', name: 'Milan', country: 'IT' },
  { slug: 'turku', name: 'Turku', country: 'FI' },
  { slug: 'gothenburg', name: 'Gothenburg', country: 'SE' },
  { slug: 'lisbon', name: 'Lisbon', country: 'PT' },
  { slug: 'auckland', name: 'Auckland', country: 'NZ' },
]
