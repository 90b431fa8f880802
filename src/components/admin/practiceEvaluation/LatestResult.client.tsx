'use client'

import { Button } from '@payloadcms/ui'
import { useId, useState } from 'react'

import { scorecardStatusLabels } from '../labels'
import { type AdminLanguage, formatDay } from '../language'
import { adminRequest } from '../request'
import { panelTexts } from './texts'
import type { PanelScorecard } from './types'

type Props = { scorecard: PanelScorecard | null; language: AdminLanguage; onDecided: () => void }

/** The latest round's aggregated result; when the evaluators disagreed, the editor's decision form. */
export function LatestResult({ scorecard, language, onDecided }: Props) {
  const t = panelTexts[language]
  return (
    <section data-testid="evaluation-result" aria-label={t.resultTitle}>
      <p style={{ fontWeight: 600, margin: '0 0 0.25rem' }}>{t.resultTitle}</p>
      {scorecard ? (
        <dl style={{ margin: 0 }}>
          <dt>{t.round}</dt>
          <dd>{scorecard.round}</dd>
          <dt>{t.status}</dt>
          <dd data-testid="evaluation-result-status">{scorecardStatusLabels[scorecard.status]?.[language] ?? scorecard.status}</dd>
          <dt>{t.overall}</dt>
          <dd>{Math.round(scorecard.overallPercent)} %</dd>
          <dt>{t.evaluatorCount}</dt>
          <dd>{scorecard.evaluatorCount}</dd>
          {scorecard.labelExpiresAt ? (
            <>
              <dt>{t.expires}</dt>
              <dd>{formatDay(scorecard.labelExpiresAt, language)}</dd>
            </>
          ) : null}
          {scorecard.disagreement ? (
            <>
              <dt>{t.disagreement}</dt>
              <dd>{scorecard.disagreement}</dd>
            </>
          ) : null}
        </dl>
      ) : (
        <p>{t.noResult}</p>
      )}
      {scorecard?.status === 'needs_consensus' ? <DecisionForm scorecardId={scorecard.id} language={language} onDecided={onDecided} /> : null}
    </section>
  )
}

function DecisionForm({ scorecardId, language, onDecided }: { scorecardId: number; language: AdminLanguage; onDecided: () => void }) {
  const t = panelTexts[language]
  const id = useId()
  const [label, setLabel] = useState<boolean | null>(null)
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function decide() {
    setBusy(true)
    setError(null)
    const result = await adminRequest(`/api/scorecards/${scorecardId}/decide`, language, { method: 'POST', body: { label, reason: reason.trim() } })
    setBusy(false)
    if (result.ok) onDecided()
    else setError(result.message)
  }

  return (
    <div data-testid="evaluation-decision" style={{ marginTop: '0.75rem' }}>
      <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
        <legend style={{ fontWeight: 600 }}>{t.decisionTitle}</legend>
        <p style={{ margin: '0.25rem 0' }}>{t.awardLabel}</p>
        {[true, false].map((value) => (
          <div key={String(value)}>
            <input type="radio" id={`${id}-${value}`} name={`${id}-label`} checked={label === value} onChange={() => setLabel(value)} />{' '}
            <label htmlFor={`${id}-${value}`}>{value ? t.yes : t.no}</label>
          </div>
        ))}
      </fieldset>
      <label htmlFor={`${id}-reason`} style={{ display: 'block', marginTop: '0.5rem' }}>
        {t.decisionReason}
      </label>
      <textarea id={`${id}-reason`} rows={3} maxLength={2000} value={reason} onChange={(event) => setReason(event.target.value)} style={{ width: '100%' }} />
      <Button size="small" disabled={busy || label === null} onClick={() => void decide()}>
        {t.decide}
      </Button>
      {error ? (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {error}
        </p>
      ) : null}
    </div>
  )
}
