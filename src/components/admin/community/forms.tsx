import type { ReactNode } from 'react'

import { MODERATION_REASONS, type ModerationReason } from '@/lib/community/options'
import type { AdminLanguage } from '../language'
import { reviewTexts } from './texts'

const REASONS = Object.keys(MODERATION_REASONS) as ModerationReason[]

export const formStyle = { display: 'flex', flexWrap: 'wrap', gap: '0.5rem', alignItems: 'flex-end', margin: '0.5rem 0' } as const
const fieldStyle = { display: 'flex', flexDirection: 'column', gap: '0.25rem' } as const

/**
 * One moderation action as a plain HTML form (no JavaScript): it posts to a moderation endpoint,
 * which sends the browser back to the queue with the outcome.
 */
export function ActionForm({ endpoint, returnTo, action, submit, children, testId }: { endpoint: string; returnTo: string; action?: string; submit: string; children?: ReactNode; testId?: string }) {
  return (
    <form method="post" action={endpoint} style={formStyle} data-testid={testId}>
      {action ? <input type="hidden" name="action" value={action} /> : null}
      <input type="hidden" name="returnTo" value={returnTo} />
      {children}
      <button type="submit" className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }}>
        {submit}
      </button>
    </form>
  )
}

export function ReasonSelect({ id, language, required }: { id: string; language: AdminLanguage; required?: boolean }) {
  const t = reviewTexts[language]
  return (
    <div style={fieldStyle}>
      <label htmlFor={id}>{t.reason}</label>
      <select id={id} name="reason" required={required} defaultValue="">
        <option value="">{t.chooseReason}</option>
        {REASONS.map((reason) => (
          <option key={reason} value={reason}>
            {MODERATION_REASONS[reason][language]}
          </option>
        ))}
      </select>
    </div>
  )
}

export function NoteField({ id, language, label }: { id: string; language: AdminLanguage; label?: string }) {
  const t = reviewTexts[language]
  return (
    <div style={fieldStyle}>
      <label htmlFor={id}>{label ?? t.note}</label>
      <textarea id={id} name="note" rows={2} cols={40} maxLength={2000} aria-describedby={`${id}-hint`} />
      <small id={`${id}-hint`}>{t.noteHint}</small>
    </div>
  )
}

export function DaysField({ id, language }: { id: string; language: AdminLanguage }) {
  return (
    <div style={fieldStyle}>
      <label htmlFor={id}>{reviewTexts[language].days}</label>
      <input id={id} name="days" type="number" min={1} max={365} defaultValue={7} required style={{ width: '6rem' }} />
    </div>
  )
}
