'use client'

import type { AdminLanguage } from '../language'
import { useAdminData } from '../useAdminData.client'
import { panelTexts } from './texts'
import type { ListResponse } from './types'

/** An evaluator sees only that she evaluates this practice, with a link to her evaluation. */
export function EvaluatorNote({ practiceId, userId, language }: { practiceId: number | string; userId: number; language: AdminLanguage }) {
  const t = panelTexts[language]
  const mine = useAdminData<ListResponse<{ id: number }>>(
    `/api/evaluations?where[practice][equals]=${practiceId}&where[evaluator][equals]=${userId}&sort=-round&limit=1&depth=0&select[id]=true`,
    language,
  )
  const evaluation = mine.data?.docs[0]
  if (!evaluation) return null
  return (
    <p data-testid="evaluation-mine">
      {t.evaluatorNote} <a href={`/admin/collections/evaluations/${evaluation.id}`}>{t.openMine}</a>
    </p>
  )
}
