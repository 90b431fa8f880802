import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { findPublicPractices, toPracticeCard } from '@/lib/practices/practiceCards'
import { toLeadCityView } from './refs'
import type { CityPageView } from './views'

/** A city with its published practices, as led by it or carried out there too. Any city has a page. */
export async function findCity(payload: Payload, slug: string, locale: Locale): Promise<CityPageView | null> {
  const { docs } = await payload.find({
    collection: 'cities',
    where: { slug: { equals: slug } },
    locale,
    depth: 1,
    limit: 1,
    pagination: false,
    overrideAccess: false,
  })
  const city = docs[0]
  const view = toLeadCityView(city)
  if (!city || !view) return null
  const [led, other] = await Promise.all([
    findPublicPractices(payload, { where: { leadCity: { equals: city.id } }, locale, limit: 100 }),
    findPublicPractices(payload, { where: { otherLocations: { in: [city.id] } }, locale, limit: 100 }),
  ])
  const tonnes = city.baselineEmissions?.tonnes
  return {
    ...view,
    id: city.id,
    baselineEmissions: tonnes ? { tonnes, year: city.baselineEmissions?.year ?? null } : null,
    networks: city.networks ?? [],
    description: city.description ?? null,
    ledPractices: led.map(toPracticeCard),
    otherPractices: other.map(toPracticeCard),
  }
}
