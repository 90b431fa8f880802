import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { findCitiesLikeMine } from './citiesLikeMine'
import { toPracticeCard } from './practiceCards'
import type { PracticeNeighbours, PracticeView } from './practiceView'
import { findRelatedPractices, RELATED_LIMIT } from './relatedPractices'
import { familyIds, findReplicationFamily } from './replicationFamily'

/** Enough candidates that four remain once those shown in an earlier list are left out. */
const CANDIDATES = 24

/**
 * The replication family, practices from cities like this one, then related practices: each
 * published practice appears once, in the first list that has it. The three are read at once.
 */
export async function findPracticeNeighbours(payload: Payload, practice: PracticeView, locale: Locale): Promise<PracticeNeighbours> {
  const [family, likeMine, related] = await Promise.all([
    findReplicationFamily(payload, practice, locale),
    findCitiesLikeMine(payload, practice, locale, { limit: CANDIDATES }),
    findRelatedPractices(payload, practice, locale, { limit: CANDIDATES }),
  ])
  const shown = new Set(familyIds(family))
  const citiesLikeMine = likeMine.filter((card) => !shown.has(card.id)).slice(0, RELATED_LIMIT)
  for (const card of citiesLikeMine) shown.add(card.id)
  return {
    family,
    citiesLikeMine,
    related: related
      .filter((candidate) => !shown.has(candidate.id))
      .slice(0, RELATED_LIMIT)
      .map(toPracticeCard),
  }
}
