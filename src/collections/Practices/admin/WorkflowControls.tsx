'use client'

import { Button, FieldLabel, useDocumentInfo, useField, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

import { ALLOWED_TRANSITIONS, WORKFLOW_LABELS, type WorkflowStatus } from '../workflow'

type Language = keyof (typeof WORKFLOW_LABELS)['submitted']

const texts = {
  en: { title: 'Workflow', move: 'Move to', comment: 'Comment (required to reject: sent to the submitter)', saveFirst: 'Save the practice first.' },
  fr: { title: 'Circuit de validation', move: 'Passer à', comment: 'Commentaire (obligatoire pour refuser : envoyé à l’auteur)', saveFirst: 'Enregistrez d’abord la pratique.' },
  es: { title: 'Flujo editorial', move: 'Pasar a', comment: 'Comentario (obligatorio para rechazar: se envía a quien la envió)', saveFirst: 'Guarde primero la práctica.' },
  pt: { title: 'Fluxo editorial', move: 'Passar para', comment: 'Comentário (obrigatório para recusar: enviado a quem submeteu)', saveFirst: 'Guarde primeiro a prática.' },
}

/** The practice's workflow state, with one button per allowed next step (each recorded in the history). */
export function WorkflowControls() {
  const { id } = useDocumentInfo()
  const { value } = useField<WorkflowStatus>({ path: 'workflowStatus' })
  const { i18n } = useTranslation()
  const language = (i18n.language in texts ? i18n.language : 'en') as Language
  const t = texts[language]
  const [comment, setComment] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const current = value ?? 'in_review'

  async function move(to: WorkflowStatus) {
    setBusy(true)
    setError(null)
    const response = await fetch(`/api/practices/${id}/workflow`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json', 'Accept-Language': language },
      body: JSON.stringify({ to, comment: comment || undefined }),
    })
    if (response.ok) {
      window.location.reload()
      return
    }
    const body = (await response.json().catch(() => null)) as { errors?: Array<{ message: string }> } | null
    setError(body?.errors?.[0]?.message ?? response.statusText)
    setBusy(false)
  }

  return (
    <div className="field-type" data-testid="workflow-controls">
      <FieldLabel label={t.title} />
      <p>
        <strong data-testid="workflow-status">{WORKFLOW_LABELS[current][language]}</strong>
      </p>
      {id ? (
        <>
          <label htmlFor="workflow-comment">{t.comment}</label>
          <textarea
            id="workflow-comment"
            rows={3}
            value={comment}
            onChange={(event) => setComment(event.target.value)}
            style={{ width: '100%', marginBottom: '0.5rem' }}
          />
          {ALLOWED_TRANSITIONS[current].map((to) => (
            <Button key={to} buttonStyle="secondary" size="small" disabled={busy} onClick={() => void move(to)}>
              {t.move}: {WORKFLOW_LABELS[to][language]}
            </Button>
          ))}
          {error ? (
            <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
              {error}
            </p>
          ) : null}
        </>
      ) : (
        <p>{t.saveFirst}</p>
      )}
    </div>
  )
}
