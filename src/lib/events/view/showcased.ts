import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { findPublicPractices, toPracticeCard } from '@/lib/practices/practiceCards'
import type { PracticeCard } from '@/lib/practices/search/types'

/** The practices a session showcases, published ones only, as cards in the order the session lists them. */
export async function findShowcasedPractices(payload: Payload, ids: number[], locale: Locale): Promise<PracticeCard[]> {
  if (ids.length === 0) return []
  const practices = await findPublicPractices(payload, { where: { id: { in: ids } }, locale, limit: ids.length })
  const order = new Map(ids.map((id, index) => [id, index]))
  return practices.map(toPracticeCard).sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))
}
