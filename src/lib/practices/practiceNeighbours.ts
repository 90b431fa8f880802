import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { findCitiesLikeMine } from './citiesLikeMine'
import { toPracticeCard } from './practiceCards'
import type { PracticeNeighbours, PracticeView } from './practiceView'
import { findRelatedPractices } from './relatedPractices'
import { familyIds, findReplicationFamily } from './replicationFamily'

/**
 * The replication family, practices from cities like this one, then related practices: each
 * published practice appears once, in the first list that has it.
 */
export async function findPracticeNeighbours(payload: Payload, practice: PracticeView, locale: Locale): Promise<PracticeNeighbours> {
  const family = await findReplicationFamily(payload, practice, locale)
  const citiesLikeMine = await findCitiesLikeMine(payload, practice, locale, { exclude: familyIds(family) })
  const related = await findRelatedPractices(payload, practice, locale, {
    exclude: [...familyIds(family), ...citiesLikeMine.map((card) => card.id)],
  })
  return { family, citiesLikeMine, related: related.map(toPracticeCard) }
}
