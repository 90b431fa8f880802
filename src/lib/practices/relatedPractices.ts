import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { Practice } from '@/payload-types'
import { findPublicPractices } from './practiceCards'
import type { PracticeView } from './practiceView'

export const RELATED_LIMIT = 4

export function themeIdsOf(practice: Pick<Practice, 'themes'>): number[] {
  return (practice.themes ?? []).map((theme) => (typeof theme === 'object' ? theme.id : theme))
}

/** Candidates ranked by how many themes they share with the practice, most recent first among equals. */
export function rankBySharedThemes(candidates: Practice[], themeIds: number[]): Practice[] {
  const shared = (practice: Practice) => themeIdsOf(practice).filter((id) => themeIds.includes(id)).length
  return candidates
    .map((practice, index) => ({ practice, index, score: shared(practice) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map(({ practice }) => practice)
}

/** Published practices on the same themes, those sharing most themes first (four unless told). */
export async function findRelatedPractices(
  payload: Payload,
  practice: Pick<PracticeView, 'id' | 'themes'>,
  locale: Locale,
  options: { exclude?: number[]; limit?: number } = {},
): Promise<Practice[]> {
  const themeIds = practice.themes.map((theme) => theme.id)
  if (themeIds.length === 0) return []
  const candidates = await findPublicPractices(payload, {
    where: { and: [{ id: { not_in: [practice.id, ...(options.exclude ?? [])] } }, { themes: { in: themeIds } }] },
    locale,
    limit: 24,
  })
  return rankBySharedThemes(candidates, themeIds).slice(0, options.limit ?? RELATED_LIMIT)
}
