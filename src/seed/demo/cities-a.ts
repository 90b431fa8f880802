import type { DemoCity } from './types'

/** Every city that demo practices A use, as lead city or further location. */
export const demoCitiesA: DemoCity[] = [
  { slug: 'copenhagen', name: 'Copenhagen', country: 'DK' },
  { slug: 'frederiksberg', name: 'Frederiksberg', country: 'DK' },
  { slug: 'cape-town', name: 'Cape Town', country: 'ZA' },
  { slug: 'adelaide', name: 'Adelaide', country: 'AU' },
  { slug: 'seoul', name: 'Seoul', country: 'KR' },
  { slug: 'valencia', name: 'Valencia', country: 'ES' },
  { slug: 'vancouver', name: 'Vancouver', country: 'CA' },
  { slug: 'tokyo', name: 'Tokyo', country: 'JP' },
  { slug: 'saitama', name: 'Saitama', country: 'JP' },
  { slug: 'leuven', name: 'Leuven', country: 'BE' },
  { slug: 'oslo', name: 'Oslo', country: 'NO' },
  { slug: 'bogota', name: 'Bogotá', country: 'CO' },
  { slug: 'soacha', name: 'Soacha', country: 'CO' },
  { slug: 'lagos', name: 'Lagos', country: 'NG' },
  { slug: 'medellin', name: 'Medellín', country: 'CO' },
  { slug: 'shenzhen', name: 'Shenzhen', country: 'CN' },
  { slug: 'kigali', name: 'Kigali', country: 'RW' },
  { slug: 'paris', name: 'Paris', country: 'FR' },
  { slug: 'ljubljana', name: 'Ljubljana', country: 'SI' },
  { slug: 'milan', name: 'Milan', country: 'IT' },
  { slug: 'curitiba', name: 'Curitiba', country: 'BR' },
  { slug: 'pune', name: 'Pune', country: 'IN' },
  { slug: 'durban', name: 'Durban', country: 'ZA' },
]
