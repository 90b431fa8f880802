import { optionalRelationId } from '@/lib/relationId'
import type { EditionSummary } from '@/lib/events/view/types'

/**
 * The edition an event teaser shows, among the published editions (soonest first): the chosen one
 * when the public can read it, else — when none is chosen — the next one not yet over.
 */
export function teaserEdition(editions: EditionSummary[], chosen: unknown, now: Date = new Date()): EditionSummary | null {
  const id = optionalRelationId(chosen)
  if (id != null) return editions.find((edition) => edition.id === id) ?? null
  return editions.find((edition) => Date.parse(edition.endsAt) >= now.getTime()) ?? null
}
