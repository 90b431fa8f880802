'use client'

import { Button, useSelection } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useId, useState } from 'react'

import { type AdminLanguage, fill } from '@/components/admin/language'
import { adminRequest } from '@/components/admin/request'
import type { ToolTexts } from './texts'

type Props = { texts: ToolTexts; language: AdminLanguage; action: string }

/**
 * Marks the rows ticked in the list as verified now (by the signed-in editor), all or none; the list
 * reloads to show the new dates. Drafts stay drafts.
 */
export function MarkVerifiedButton({ texts: t, language, action }: Props) {
  const { selectedIDs } = useSelection()
  const router = useRouter()
  const hintId = useId()
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<string | null>(null)
  const ids = selectedIDs.map(Number).filter(Number.isInteger)

  async function markVerified() {
    setBusy(true)
    setMessage(null)
    const result = await adminRequest<{ verified: number[] }>(action, language, { method: 'POST', body: { ids } })
    setBusy(false)
    setMessage(result.ok ? fill(t.markVerifiedDone, { count: result.data.verified.length }) : result.message)
    if (result.ok) router.refresh()
  }

  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.75rem', alignItems: 'center' }}>
      <Button
        size="small"
        buttonStyle="secondary"
        disabled={busy || ids.length === 0}
        onClick={() => void markVerified()}
        extraButtonProps={{ 'data-testid': 'funding-mark-verified', 'aria-describedby': hintId }}
      >
        {ids.length ? `${t.markVerified} (${ids.length})` : t.markVerified}
      </Button>
      <small id={hintId}>{t.markVerifiedHint}</small>
      <span role="status" data-testid="funding-mark-verified-result">
        {message}
      </span>
    </div>
  )
}
