'use client'

import { useRowLabel } from '@payloadcms/ui'

type Row = { criterion?: string; score?: number | null }

/** A score row is labelled by its criterion and score, so a collapsed list still reads as a scorecard. */
export function ScoreRowLabel() {
  const { data } = useRowLabel<Row>()
  return (
    <span>
      {data?.criterion ?? '—'}
      {data?.score != null ? ` · ${data.score}` : ''}
    </span>
  )
}
