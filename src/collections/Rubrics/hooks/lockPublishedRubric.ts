import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { serverMessage } from '@/i18n/serverMessages'
import type { Rubric } from '@/payload-types'

/** What fixes the meaning of a score: the scale, the criteria, their weights and their levels. */
const structure = (rubric: Partial<Rubric>) =>
  JSON.stringify({
    scale: [Number(rubric.scaleMin), Number(rubric.scaleMax)],
    criteria: (rubric.criteria ?? []).map((criterion) => ({
      key: criterion.key,
      weight: Number(criterion.weight),
      levels: (criterion.levels ?? []).map((level) => Number(level.score)),
    })),
  })

/**
 * A rubric version in force (or retired) keeps its structure; wording and translations may still be
 * corrected. A version cannot go back to draft; it becomes current once, when published.
 */
export const lockPublishedRubric: CollectionBeforeChangeHook<Rubric> = ({ data, originalDoc, operation, req }) => {
  if (data.scaleMax != null && data.scaleMin != null && Number(data.scaleMax) <= Number(data.scaleMin)) {
    throw new APIError(serverMessage(req, 'rubricScale'), 400, null, true)
  }
  for (const criterion of data.criteria ?? []) {
    for (const level of criterion.levels ?? []) {
      if (Number(level.score) < Number(data.scaleMin) || Number(level.score) > Number(data.scaleMax)) {
        throw new APIError(serverMessage(req, 'rubricLevelOutside', { score: Number(level.score), criterion: criterion.key }), 400, null, true)
      }
    }
  }
  const keys = (data.criteria ?? []).map((criterion) => criterion.key)
  if (new Set(keys).size !== keys.length) throw new APIError(serverMessage(req, 'rubricDuplicateKey'), 400, null, true)

  if (operation === 'update' && originalDoc && originalDoc.status !== 'draft') {
    if (data.status === 'draft') {
      throw new APIError(serverMessage(req, 'rubricNoDraft'), 400, null, true)
    }
    if (structure({ ...originalDoc, ...data }) !== structure(originalDoc)) {
      throw new APIError(serverMessage(req, 'rubricLocked'), 400, null, true)
    }
  }
  if (data.status === 'current' && (!originalDoc || originalDoc.status !== 'current')) {
    data.publishedAt = new Date().toISOString()
  }
  return data
}
