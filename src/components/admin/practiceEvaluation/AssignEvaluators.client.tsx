'use client'

import { Button } from '@payloadcms/ui'
import { useId, useState } from 'react'

import { type AdminLanguage, fill } from '../language'
import { adminRequest } from '../request'
import { useAdminData } from '../useAdminData.client'
import { panelTexts } from './texts'
import { displayName, evaluatorOf, type EvaluatorSummary, type ListResponse, type PanelEvaluation } from './types'

type Rules = { minEvaluators?: number; defaultDueDays?: number }
type Props = { practiceId: number | string; round: number; evaluations: PanelEvaluation[]; language: AdminLanguage; onAssigned: () => void }

const EVALUATORS_URL =
  '/api/users?where[roles][contains]=evaluator&limit=100&depth=0&sort=name&select[name]=true&select[email]=true&select[organisation]=true'

/**
 * The editor picks evaluators (name and organisation shown, to spot a conflict of interest) and
 * optionally a due date. The server checks everything (minimum number, role, conflicts) and all of
 * them are assigned or none: a refusal is shown as it comes, and the choice stays for a correction.
 */
export function AssignEvaluators({ practiceId, round, evaluations, language, onAssigned }: Props) {
  const t = panelTexts[language]
  const id = useId()
  const people = useAdminData<ListResponse<EvaluatorSummary>>(EVALUATORS_URL, language)
  const rules = useAdminData<Rules>('/api/globals/evaluation-settings?depth=0', language)
  const [chosen, setChosen] = useState<number[]>([])
  const [dueDate, setDueDate] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState(false)
  const [busy, setBusy] = useState(false)

  const inRound = evaluations.filter((evaluation) => (evaluation.round ?? 1) === round)
  const statusOf = new Map(inRound.map((evaluation) => [evaluatorOf(evaluation)?.id ?? Number(evaluation.evaluator), evaluation.status]))
  const active = inRound.filter((evaluation) => ['assigned', 'in_progress', 'submitted'].includes(evaluation.status)).length

  function toggle(personId: number, on: boolean) {
    setDone(false)
    setChosen((current) => (on ? [...current, personId] : current.filter((value) => value !== personId)))
  }

  async function assign() {
    setBusy(true)
    setError(null)
    setDone(false)
    const result = await adminRequest(`/api/practices/${practiceId}/evaluators`, language, {
      method: 'POST',
      body: { evaluators: chosen, ...(dueDate ? { dueDate } : {}) },
    })
    setBusy(false)
    if (!result.ok) {
      setError(result.message)
      return
    }
    setChosen([])
    setDueDate('')
    setDone(true)
    onAssigned()
  }

  const candidates = people.data?.docs ?? []
  return (
    <div data-testid="assign-evaluators" style={{ marginBottom: '1rem' }}>
      <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
        <legend style={{ fontWeight: 600, marginBottom: '0.25rem' }}>{t.assignTitle}</legend>
        {rules.data?.minEvaluators ? <p style={{ margin: '0 0 0.5rem' }}>{fill(t.assignHint, { min: rules.data.minEvaluators, round, count: active })}</p> : null}
        {people.error ? <p role="alert">{people.error}</p> : null}
        {people.loading ? <p>{t.loading}</p> : null}
        {!people.loading && !candidates.length && !people.error ? <p>{t.noEvaluators}</p> : null}
        {candidates.map((person) => {
          const status = statusOf.get(person.id)
          const taken = status === 'assigned' || status === 'in_progress' || status === 'submitted'
          const note = taken ? t.alreadyAssigned : status === 'declined' ? t.declined : null
          return (
            <div key={person.id} style={{ marginBottom: '0.25rem' }}>
              <input
                type="checkbox"
                id={`${id}-person-${person.id}`}
                data-testid="assign-evaluator-option"
                checked={chosen.includes(person.id)}
                disabled={taken}
                onChange={(event) => toggle(person.id, event.target.checked)}
              />{' '}
              <label htmlFor={`${id}-person-${person.id}`}>
                {displayName(person, `#${person.id}`)}
                {person.organisation ? ` — ${person.organisation}` : ''}
                {note ? ` (${note})` : ''}
              </label>
            </div>
          )
        })}
      </fieldset>
      <label htmlFor={`${id}-due`} style={{ display: 'block', marginTop: '0.5rem' }}>
        {t.dueDate}
      </label>
      <input
        id={`${id}-due`}
        type="date"
        value={dueDate}
        data-testid="assign-due-date"
        aria-describedby={`${id}-due-hint`}
        onChange={(event) => setDueDate(event.target.value)}
      />
      <p id={`${id}-due-hint`} style={{ margin: '0.25rem 0 0.5rem' }}>
        <small>{fill(t.dueDateHint, { days: rules.data?.defaultDueDays ?? '…' })}</small>
      </p>
      <Button size="small" disabled={busy || !chosen.length} onClick={() => void assign()} extraButtonProps={{ 'data-testid': 'assign-submit' }}>
        {t.assign}
      </Button>
      {error ? (
        <p role="alert" data-testid="assign-error" style={{ color: 'var(--theme-error-500)' }}>
          {error}
        </p>
      ) : null}
      {done ? (
        <p role="status" data-testid="assign-done">
          {t.assigned}
        </p>
      ) : null}
    </div>
  )
}
