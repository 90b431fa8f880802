'use client'

import { Button, FieldLabel, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { ISSUE_SEND_STATUSES, type IssueSendStatus } from '@/lib/campaigns/options'
import { type SendPanelLanguage, sendPanelTexts } from './texts'

type State = { status: IssueSendStatus; sendAt: string | null; sentAt: string | null; stats: { recipients: number; sent: number; failed: number } }
type Preview = { subject: string; contentLocale: string; html: string }

const LANGUAGES = ['en', 'fr', 'es', 'pt'] as const

async function call(url: string, method: 'GET' | 'POST', language: string, json?: unknown): Promise<{ ok: boolean; body: Record<string, unknown> | null }> {
  const response = await fetch(url, {
    method,
    credentials: 'include',
    headers: { 'Accept-Language': language, ...(json ? { 'Content-Type': 'application/json' } : {}) },
    body: json ? JSON.stringify(json) : undefined,
  })
  return { ok: response.ok, body: (await response.json().catch(() => null)) as Record<string, unknown> | null }
}

const errorOf = (body: Record<string, unknown> | null) => (body?.errors as Array<{ message: string }> | undefined)?.[0]?.message ?? 'Error'

/** The issue's sending controls: state and figures, a test to oneself, send now, schedule, cancel, preview. */
export function SendPanel() {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const language = (i18n.language in sendPanelTexts ? i18n.language : 'en') as SendPanelLanguage
  const t = sendPanelTexts[language]
  const [state, setState] = useState<State | null>(null)
  const [locale, setLocale] = useState<(typeof LANGUAGES)[number]>('en')
  const [at, setAt] = useState('')
  const [message, setMessage] = useState<{ kind: 'error' | 'info'; text: string } | null>(null)
  const [preview, setPreview] = useState<Preview | null>(null)
  const [busy, setBusy] = useState(false)
  const base = `/api/newsletter-issues/${id}`

  useEffect(() => {
    if (!id) return
    let live = true
    call(`${base}/send-state`, 'GET', language).then(({ ok, body }) => {
      if (live && ok && body?.state) setState(body.state as State)
    }, () => undefined)
    return () => {
      live = false
    }
  }, [id, base, language])

  async function act(path: string, json?: unknown, done?: (body: Record<string, unknown> | null) => string | null) {
    setBusy(true)
    setMessage(null)
    const { ok, body } = await call(`${base}/${path}`, 'POST', language, json)
    if (ok) {
      if (body?.state) setState(body.state as State)
      const info = done?.(body)
      if (info) setMessage({ kind: 'info', text: info })
    } else setMessage({ kind: 'error', text: errorOf(body) })
    setBusy(false)
  }

  async function showPreview() {
    setBusy(true)
    const { ok, body } = await call(`${base}/email-preview?locale=${locale}`, 'GET', language)
    if (ok && body) setPreview(body as unknown as Preview)
    else setMessage({ kind: 'error', text: errorOf(body) })
    setBusy(false)
  }

  if (!id) return <p>{t.saveFirst}</p>
  const status = state?.status ?? 'draft'
  const canSend = status === 'draft' || status === 'cancelled' || status === 'scheduled'
  return (
    <div className="field-type" data-testid="newsletter-send-panel">
      <FieldLabel label={t.title} />
      <p>
        {t.status}: <strong data-testid="newsletter-send-status">{ISSUE_SEND_STATUSES[status][language]}</strong>
        {state?.sendAt && status === 'scheduled' ? ` — ${t.sendAt} ${new Date(state.sendAt).toLocaleString(language)}` : null}
        {state?.sentAt ? ` — ${t.sentAt} ${new Date(state.sentAt).toLocaleString(language)}` : null}
      </p>
      {state && state.stats.recipients > 0 ? (
        <p data-testid="newsletter-send-stats">
          {t.recipients}: {state.stats.recipients} · {t.sent}: {state.stats.sent} · {t.failed}: {state.stats.failed}
        </p>
      ) : null}
      <p style={{ fontSize: '0.85em' }}>{t.publishNote}</p>
      <label htmlFor="newsletter-locale">{t.language}</label>{' '}
      <select id="newsletter-locale" value={locale} onChange={(event) => setLocale(event.target.value as typeof locale)}>
        {LANGUAGES.map((code) => (
          <option key={code} value={code}>{code}</option>
        ))}
      </select>
      <div>
        <Button buttonStyle="secondary" size="small" disabled={busy} onClick={() => void act('send-test', { locale }, (body) => `${t.testSent} ${String(body?.sentTo ?? '')}`)}>{t.test}</Button>
        <Button buttonStyle="secondary" size="small" disabled={busy} onClick={() => void showPreview()}>{t.preview}</Button>
      </div>
      {canSend ? (
        <div>
          <Button size="small" disabled={busy} onClick={() => window.confirm(t.confirmSend) && void act('send-now')}>{t.sendNow}</Button>
          <label htmlFor="newsletter-send-at">{t.scheduleAt}</label>
          <input id="newsletter-send-at" type="datetime-local" value={at} onChange={(event) => setAt(event.target.value)} />
          <Button buttonStyle="secondary" size="small" disabled={busy || !at} onClick={() => void act('schedule', { at: new Date(at).toISOString() })}>{t.schedule}</Button>
          {status === 'scheduled' ? <Button buttonStyle="secondary" size="small" disabled={busy} onClick={() => void act('cancel-schedule')}>{t.cancel}</Button> : null}
        </div>
      ) : null}
      {message ? <p role={message.kind === 'error' ? 'alert' : 'status'} style={message.kind === 'error' ? { color: 'var(--theme-error-500)' } : undefined}>{message.text}</p> : null}
      {preview ? (
        <div>
          {preview.contentLocale !== locale ? <p>{t.fallback}</p> : null}
          <p><strong>{preview.subject}</strong></p>
          <iframe title={t.preview} sandbox="" srcDoc={preview.html} style={{ width: '100%', height: '600px', border: '1px solid var(--theme-elevation-150)', background: '#fff' }} />
        </div>
      ) : null}
    </div>
  )
}
