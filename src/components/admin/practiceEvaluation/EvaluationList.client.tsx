'use client'

import { Button } from '@payloadcms/ui'
import { useState } from 'react'

import { evaluationStatusLabels } from '../labels'
import { type AdminLanguage, fill, formatDay, isOpen, isOverdue } from '../language'
import { ReasonDialog } from '../ReasonDialog.client'
import { adminRequest } from '../request'
import { panelTexts } from './texts'
import { displayName, evaluatorOf, type PanelEvaluation } from './types'

type Props = { evaluations: PanelEvaluation[]; language: AdminLanguage; onChange: () => void }

/** The practice's evaluations, newest round first, with the editor's actions on each. */
export function EvaluationList({ evaluations, language, onChange }: Props) {
  const t = panelTexts[language]
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState<number | null>(null)

  async function withdraw(id: number) {
    setBusy(id)
    setError(null)
    const result = await adminRequest(`/api/evaluations/${id}/withdraw`, language, { method: 'POST', body: {} })
    setBusy(null)
    if (result.ok) onChange()
    else setError(result.message)
  }

  async function reopen(id: number, reason: string): Promise<string | null> {
    const result = await adminRequest(`/api/evaluations/${id}/reopen`, language, { method: 'POST', body: { reason } })
    if (!result.ok) return result.message
    onChange()
    return null
  }

  if (!evaluations.length) return <p>{t.none}</p>
  return (
    <>
      <ul style={{ listStyle: 'none', padding: 0, margin: '0 0 0.75rem' }} data-testid="evaluation-list">
        {evaluations.map((evaluation) => {
          const name = displayName(evaluatorOf(evaluation), `#${String(evaluation.evaluator)}`)
          const overdue = isOverdue(evaluation)
          return (
            <li
              key={evaluation.id}
              data-testid="evaluation-row"
              data-status={evaluation.status}
              style={{ borderTop: '1px solid var(--theme-elevation-100)', padding: '0.5rem 0' }}
            >
              <a href={`/admin/collections/evaluations/${evaluation.id}`}>
                <strong>{name}</strong>
              </a>
              <br />
              <span>
                {evaluationStatusLabels[evaluation.status][language]} · {t.round} {evaluation.round ?? 1}
              </span>
              <br />
              <small>
                {evaluation.status === 'submitted'
                  ? `${t.submittedOn} ${formatDay(evaluation.submittedAt, language)}`
                  : `${t.due} ${formatDay(evaluation.dueDate, language)}`}
              </small>
              {overdue ? (
                <strong data-testid="evaluation-overdue" style={{ color: 'var(--theme-error-500)', marginLeft: '0.5rem' }}>
                  {t.overdue}
                </strong>
              ) : null}
              {isOpen(evaluation.status) ? (
                <div>
                  <Button
                    buttonStyle="secondary"
                    size="small"
                    disabled={busy === evaluation.id}
                    onClick={() => void withdraw(evaluation.id)}
                    aria-label={fill(t.withdrawOf, { name })}
                    extraButtonProps={{ 'data-testid': 'evaluation-withdraw' }}
                  >
                    {t.withdraw}
                  </Button>
                </div>
              ) : null}
              {evaluation.status === 'submitted' ? (
                <ReasonDialog
                  trigger={t.reopen}
                  title={fill(t.reopenTitle, { name })}
                  reasonLabel={t.reopenReason}
                  confirm={t.reopenConfirm}
                  cancel={t.cancel}
                  testId="evaluation-reopen"
                  onConfirm={(reason) => reopen(evaluation.id, reason)}
                />
              ) : null}
            </li>
          )
        })}
      </ul>
      {error ? (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {error}
        </p>
      ) : null}
    </>
  )
}
