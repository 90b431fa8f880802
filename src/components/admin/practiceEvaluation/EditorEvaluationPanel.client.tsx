'use client'

import { useCallback } from 'react'

import type { AdminLanguage } from '../language'
import { useAdminData } from '../useAdminData.client'
import { AssignEvaluators } from './AssignEvaluators.client'
import { EvaluationList } from './EvaluationList.client'
import { LatestResult } from './LatestResult.client'
import { panelTexts } from './texts'
import { type ListResponse, openRound, type PanelEvaluation, type PanelScorecard } from './types'

const evaluationsUrl = (practiceId: number | string) =>
  `/api/evaluations?where[practice][equals]=${practiceId}&depth=1&limit=100&sort=-round,dueDate` +
  '&select[evaluator]=true&select[status]=true&select[dueDate]=true&select[round]=true&select[submittedAt]=true' +
  '&populate[users][name]=true&populate[users][email]=true&populate[users][organisation]=true'

const latestResultUrl = (practiceId: number | string) =>
  `/api/scorecards?where[practice][equals]=${practiceId}&sort=-round&limit=1&depth=0`

/** What an editor sees of a practice's evaluation: assignments, the assignment form, the result. */
export function EditorEvaluationPanel({ practiceId, language }: { practiceId: number | string; language: AdminLanguage }) {
  const t = panelTexts[language]
  const evaluations = useAdminData<ListResponse<PanelEvaluation>>(evaluationsUrl(practiceId), language)
  const results = useAdminData<ListResponse<PanelScorecard>>(latestResultUrl(practiceId), language)
  const { reload: reloadEvaluations } = evaluations
  const { reload: reloadResults } = results
  const refresh = useCallback(() => {
    reloadEvaluations()
    reloadResults()
  }, [reloadEvaluations, reloadResults])

  if (evaluations.error || results.error) {
    return <p role="alert">{evaluations.error ?? results.error}</p>
  }
  if (!evaluations.data || !results.data) return <p>{t.loading}</p>
  const latest = results.data.docs[0] ?? null
  return (
    <>
      <EvaluationList evaluations={evaluations.data.docs} language={language} onChange={refresh} />
      <AssignEvaluators
        practiceId={practiceId}
        round={openRound(evaluations.data.docs, latest)}
        evaluations={evaluations.data.docs}
        language={language}
        onAssigned={refresh}
      />
      <LatestResult scorecard={latest} language={language} onDecided={refresh} />
    </>
  )
}
