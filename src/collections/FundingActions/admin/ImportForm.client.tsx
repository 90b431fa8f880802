'use client'

import { Button } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { type FormEvent, useId, useState } from 'react'

import type { AdminLanguage } from '@/components/admin/language'
import type { ToolTexts } from './texts'

type Counts = { created: number; updated: number; unchanged: number; organisationsCreated: number }
type Problem = { row: number | null; column: string | null; message: string }
type Result = { ok: true; counts: Counts } | { ok: false; summary: string; problems: Problem[] }

type Props = { texts: ToolTexts; language: AdminLanguage; action: string; fileLabel: string }

async function send(action: string, language: AdminLanguage, form: HTMLFormElement): Promise<Result> {
  try {
    const response = await fetch(action, {
      method: 'POST',
      credentials: 'include',
      headers: { Accept: 'application/json', 'Accept-Language': language },
      body: new FormData(form),
    })
    const body = (await response.json().catch(() => null)) as (Counts & { message?: string; errors?: Problem[] }) | null
    if (response.ok && body) return { ok: true, counts: body }
    return { ok: false, summary: body?.message ?? response.statusText, problems: body?.errors ?? [] }
  } catch (error) {
    return { ok: false, summary: (error as Error).message, problems: [] }
  }
}

/**
 * The import form: a real multipart form (without JavaScript the browser posts it and the server
 * answers with a page); with JavaScript the answer is shown here, the list reloading on success.
 */
export function ImportForm({ texts: t, language, action, fileLabel }: Props) {
  const router = useRouter()
  const fileId = useId()
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<Result | null>(null)

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setBusy(true)
    setResult(null)
    const answer = await send(action, language, event.currentTarget)
    setBusy(false)
    setResult(answer)
    if (answer.ok) router.refresh()
  }

  return (
    <form method="post" action={action} encType="multipart/form-data" onSubmit={(event) => void submit(event)} data-testid="funding-import-form">
      <p>{t.importHint}</p>
      <label htmlFor={fileId} style={{ display: 'block' }}>
        {fileLabel}
      </label>
      <input id={fileId} name="file" type="file" accept=".csv,text/csv" required />
      <Button type="submit" size="small" disabled={busy} extraButtonProps={{ 'data-testid': 'funding-import-submit' }}>
        {busy ? t.importBusy : t.importSubmit}
      </Button>
      <div role="status" aria-live="polite" data-testid="funding-import-result">
        {result?.ok ? (
          <>
            <h4>{t.doneTitle}</h4>
            <p>
              {result.counts.created} {t.created} · {result.counts.updated} {t.updated} · {result.counts.unchanged} {t.unchanged}
              {result.counts.organisationsCreated ? ` · ${result.counts.organisationsCreated} ${t.organisationsCreated}` : ''}
            </p>
          </>
        ) : null}
        {result && !result.ok ? (
          <>
            <h4>{t.failedTitle}</h4>
            <p>{result.summary}</p>
            {result.problems.length ? (
              <table data-testid="funding-import-problems">
                <thead>
                  <tr>
                    <th scope="col">{t.row}</th>
                    <th scope="col">{t.column}</th>
                    <th scope="col">{t.problem}</th>
                  </tr>
                </thead>
                <tbody>
                  {result.problems.map((problem, index) => (
                    <tr key={index}>
                      <td>{problem.row ?? '—'}</td>
                      <td>{problem.column ? <code>{problem.column}</code> : '—'}</td>
                      <td>{problem.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
          </>
        ) : null}
      </div>
    </form>
  )
}
