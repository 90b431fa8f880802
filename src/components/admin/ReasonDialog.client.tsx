'use client'

import { Button } from '@payloadcms/ui'
import { useId, useRef, useState } from 'react'

type Props = {
  /** The button that opens the dialog. */
  trigger: string
  title: string
  reasonLabel: string
  confirm: string
  cancel: string
  /** Runs the action; resolves to the refusal's message, or null when it was done. */
  onConfirm: (reason: string) => Promise<string | null>
  testId?: string
  buttonStyle?: 'primary' | 'secondary' | 'error'
}

/**
 * A button that asks for a reason in a modal dialog before acting (reopening, declaring a conflict):
 * a native <dialog>, so focus is trapped and Escape closes it without any library.
 */
export function ReasonDialog({ trigger, title, reasonLabel, confirm, cancel, onConfirm, testId, buttonStyle = 'secondary' }: Props) {
  const dialog = useRef<HTMLDialogElement>(null)
  const id = useId()
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function submit() {
    setBusy(true)
    setError(null)
    const refusal = await onConfirm(reason.trim())
    setBusy(false)
    if (refusal) setError(refusal)
    else dialog.current?.close()
  }

  return (
    <>
      <Button buttonStyle={buttonStyle} size="small" onClick={() => dialog.current?.showModal()} extraButtonProps={testId ? { 'data-testid': `${testId}-open` } : undefined}>
        {trigger}
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby={`${id}-title`}
        data-testid={testId}
        style={{ maxWidth: '32rem', width: '90vw', padding: '1.5rem', border: '1px solid var(--theme-elevation-150)', background: 'var(--theme-elevation-0)', color: 'var(--theme-text)' }}
      >
        {/* Not a <form>: admin components render inside Payload's document form. */}
        <div>
          <h3 id={`${id}-title`} style={{ marginTop: 0 }}>
            {title}
          </h3>
          <label htmlFor={`${id}-reason`} style={{ display: 'block', marginBottom: '0.25rem' }}>
            {reasonLabel}
          </label>
          <textarea
            id={`${id}-reason`}
            rows={4}
            aria-required="true"
            maxLength={2000}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            aria-describedby={error ? `${id}-error` : undefined}
            style={{ width: '100%' }}
          />
          {error ? (
            <p id={`${id}-error`} role="alert" style={{ color: 'var(--theme-error-500)' }}>
              {error}
            </p>
          ) : null}
          <div style={{ display: 'flex', gap: '0.5rem', marginTop: '0.75rem' }}>
            <Button size="small" disabled={busy} onClick={() => void submit()} extraButtonProps={testId ? { 'data-testid': `${testId}-confirm` } : undefined}>
              {confirm}
            </Button>
            <Button buttonStyle="secondary" size="small" onClick={() => dialog.current?.close()}>
              {cancel}
            </Button>
          </div>
        </div>
      </dialog>
    </>
  )
}
