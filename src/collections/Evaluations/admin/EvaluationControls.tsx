'use client'

import { Button, useAuth, useDocumentInfo, useField, useFormModified, useTranslation } from '@payloadcms/ui'
import { useId, useRef, useState } from 'react'

import { userHasRole } from '@/access/roles'
import { adminLanguage, isOpen } from '@/components/admin/language'
import { ReasonDialog } from '@/components/admin/ReasonDialog.client'
import { adminRequest } from '@/components/admin/request'
import type { User } from '@/payload-types'
import { controlTexts, splitProblems } from './texts'

type Refusal = { title: string; intro: string; items: string[] }
const idOf = (value: unknown) => (typeof value === 'object' && value !== null ? (value as { id: number }).id : (value as number | undefined))

/**
 * Beside Save: the assigned evaluator submits her evaluation (once saved) or declares a conflict of
 * interest; an editor withdraws an open assignment or reopens a submitted evaluation, with a reason.
 */
export function EvaluationControls() {
  const { id } = useDocumentInfo()
  const { user } = useAuth<User>()
  const { i18n } = useTranslation()
  const language = adminLanguage(i18n.language)
  const t = controlTexts[language]
  const { value: status } = useField<string>({ path: 'status' })
  const { value: evaluator } = useField<unknown>({ path: 'evaluator' })
  const modified = useFormModified()
  const hintId = useId()
  const refusalDialog = useRef<HTMLDialogElement>(null)
  const [refusal, setRefusal] = useState<Refusal | null>(null)
  const [busy, setBusy] = useState(false)

  if (!id || !user || !status) return null
  const mine = idOf(evaluator) === user.id
  const editor = userHasRole(user, 'admin', 'editor')

  /** Runs an action on this evaluation; the page reloads on success (the form changes with the status). */
  async function act(action: 'submit' | 'withdraw' | 'reopen' | 'declare-conflict', body: unknown = {}) {
    const result = await adminRequest(`/api/evaluations/${id}/${action}`, language, { method: 'POST', body })
    if (result.ok) window.location.reload()
    return result.ok ? null : result
  }

  async function run(action: 'submit' | 'withdraw') {
    setBusy(true)
    const refused = await act(action)
    setBusy(false)
    if (!refused) return
    // A 400 from submit lists what is missing.
    const incomplete = action === 'submit' && refused.status === 400
    setRefusal(incomplete ? { title: t.notReady, ...splitProblems(refused.message) } : { title: t.refused, intro: refused.message, items: [] })
    refusalDialog.current?.showModal()
  }

  return (
    <div data-testid="evaluation-controls" style={{ display: 'flex', gap: '0.5rem', alignItems: 'center', flexWrap: 'wrap' }}>
      {mine && isOpen(status) ? (
        <>
          <ReasonDialog
            trigger={t.declare}
            title={t.declareTitle}
            reasonLabel={t.declareReason}
            confirm={t.declareConfirm}
            cancel={t.cancel}
            testId="evaluation-declare-conflict"
            onConfirm={async (reason) => (await act('declare-conflict', { reason }))?.message ?? null}
          />
          <Button
            size="small"
            disabled={busy || modified}
            onClick={() => void run('submit')}
            extraButtonProps={{ 'data-testid': 'evaluation-submit', 'aria-describedby': modified ? hintId : undefined }}
          >
            {t.submit}
          </Button>
          {modified ? (
            <small id={hintId} data-testid="evaluation-submit-hint">
              {t.saveFirst}
            </small>
          ) : null}
        </>
      ) : null}
      {editor && isOpen(status) && !mine ? (
        <Button buttonStyle="secondary" size="small" disabled={busy} onClick={() => void run('withdraw')} extraButtonProps={{ 'data-testid': 'evaluation-withdraw' }}>
          {t.withdraw}
        </Button>
      ) : null}
      {editor && status === 'submitted' ? (
        <ReasonDialog
          trigger={t.reopen}
          title={t.reopenTitle}
          reasonLabel={t.reopenReason}
          confirm={t.reopenConfirm}
          cancel={t.cancel}
          testId="evaluation-reopen"
          onConfirm={async (reason) => (await act('reopen', { reason }))?.message ?? null}
        />
      ) : null}
      <dialog
        ref={refusalDialog}
        aria-labelledby={`${hintId}-refusal`}
        data-testid="evaluation-refusal"
        style={{ maxWidth: '36rem', width: '90vw', padding: '1.5rem', border: '1px solid var(--theme-elevation-150)', background: 'var(--theme-elevation-0)', color: 'var(--theme-text)' }}
      >
        <h3 id={`${hintId}-refusal`} style={{ marginTop: 0 }}>
          {refusal?.title}
        </h3>
        {refusal ? (
          <div role="alert">
            <p>{refusal.intro}</p>
            {refusal.items.length ? (
              <ul data-testid="evaluation-missing">
                {refusal.items.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
        <Button size="small" buttonStyle="secondary" onClick={() => refusalDialog.current?.close()}>
          {t.close}
        </Button>
      </dialog>
    </div>
  )
}
