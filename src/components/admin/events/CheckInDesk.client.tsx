'use client'

import { type FormEvent, useCallback, useRef, useState } from 'react'

import type { AttendanceMode } from '@/lib/events/options'
import { type AdminLanguage, fill } from '../language'
import { adminRequest } from '../request'
import { CameraScanner } from './CameraScanner.client'
import type { EventTeamTexts } from './texts'

export type DeskMode = { mode: AttendanceMode; label: string; checkedIn: number; withSeat: number }

type Result = { id: number; ok: boolean; message: string }
type CheckedIn = { message: string; registrant: { attendanceMode: AttendanceMode } }

type Props = { action: string; editionId: number; language: AdminLanguage; texts: EventTeamTexts; modes: DeskMode[] }

/**
 * The desk's form. Without JavaScript it posts to the check-in endpoint, which answers with a page
 * holding the form again. With it, each code is checked in place: the answer shows (and is read
 * out) above the field, which empties and keeps the focus for the next scan.
 */
export function CheckInDesk({ action, editionId, language, texts: t, modes: initialModes }: Props) {
  const input = useRef<HTMLInputElement>(null)
  const answered = useRef(0)
  const [modes, setModes] = useState(initialModes)
  const [results, setResults] = useState<Result[]>([])
  const [busy, setBusy] = useState(false)

  const submitCode = useCallback(
    async (code: string) => {
      if (!code.trim()) return
      setBusy(true)
      const answer = await adminRequest<CheckedIn>(action, language, { method: 'POST', body: { edition: editionId, code } })
      setBusy(false)
      answered.current += 1
      const result = { id: answered.current, ok: answer.ok, message: answer.ok ? answer.data.message : answer.message }
      setResults((previous) => [result, ...previous].slice(0, 8))
      if (answer.ok) {
        const mode = answer.data.registrant.attendanceMode
        setModes((previous) => previous.map((row) => (row.mode === mode ? { ...row, checkedIn: row.checkedIn + 1 } : row)))
      }
      if (input.current) {
        input.current.value = ''
        input.current.focus()
      }
    },
    [action, editionId, language],
  )

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (!busy) void submitCode(input.current?.value ?? '')
  }

  const [latest, ...earlier] = results
  return (
    <div data-testid="check-in-desk">
      <ul style={{ listStyle: 'none', padding: 0 }} data-testid="check-in-progress">
        {modes.map((row) => (
          <li key={row.mode}>{fill(t.checkedInSoFar, { mode: row.label, checkedIn: row.checkedIn, expected: row.withSeat })}</li>
        ))}
      </ul>
      <div aria-live="assertive" aria-atomic="true" data-testid="check-in-result">
        {latest ? (
          <p
            style={{
              padding: '0.75rem 1rem',
              fontSize: '1.125rem',
              borderLeft: `0.5rem solid ${latest.ok ? 'var(--theme-success-500)' : 'var(--theme-error-500)'}`,
              background: latest.ok ? 'var(--theme-success-50)' : 'var(--theme-error-50)',
            }}
            data-outcome={latest.ok ? 'checked_in' : 'refused'}
          >
            {latest.message}
          </p>
        ) : null}
      </div>
      <form method="post" action={action} onSubmit={onSubmit} style={{ display: 'flex', gap: '0.75rem', alignItems: 'flex-end', flexWrap: 'wrap' }}>
        <input type="hidden" name="edition" value={editionId} />
        <div>
          <label htmlFor="check-in-code" style={{ display: 'block' }}>
            {t.code}
          </label>
          <input
            ref={input}
            id="check-in-code"
            name="code"
            required
            autoFocus
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            aria-describedby="check-in-code-hint"
            style={{ fontSize: '1.25rem', padding: '0.25rem 0.5rem', fontFamily: 'monospace' }}
          />
        </div>
        <button type="submit" className="btn btn--style-primary btn--size-medium" style={{ margin: 0 }} disabled={busy}>
          {busy ? t.working : t.checkInButton}
        </button>
        <p id="check-in-code-hint" style={{ flexBasis: '100%', margin: 0 }}>
          <small>{t.codeHint}</small>
        </p>
      </form>
      <CameraScanner texts={t} onCode={submitCode} />
      {earlier.length ? (
        <section aria-labelledby="check-in-earlier" style={{ marginTop: '1.5rem' }}>
          <h2 id="check-in-earlier" style={{ fontSize: '1rem' }}>
            {t.lastResult}
          </h2>
          <ul>
            {earlier.map((result) => (
              <li key={result.id}>{result.message}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  )
}
