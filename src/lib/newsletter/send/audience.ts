import type { PoolClient } from 'pg'

import { NEWSLETTER_BATCH_SIZE } from '@/lib/campaigns/options'

export type Segment = { themes: number[]; regions: string[]; locales: string[] }

/**
 * Freezes the issue's recipients: one pending delivery per confirmed subscriber in the segment, in
 * fixed batches, in one statement. A subscriber matches a theme (or region) part when she chose one
 * of its themes or chose none; an empty part matches everyone. Nothing is inserted once the issue has
 * deliveries, so a resumed send keeps its batches as they were. Returns the rows inserted.
 */
export async function freezeAudience(db: Pick<PoolClient, 'query'>, issueId: number, segment: Segment, batchSize = NEWSLETTER_BATCH_SIZE): Promise<number> {
  const { rowCount } = await db.query(
    `INSERT INTO newsletter_deliveries (issue_id, subscriber_id, email, locale, batch, status, updated_at, created_at)
     SELECT $1, s.id, s.email, s.locale::text, (row_number() OVER (ORDER BY s.id) - 1) / $5 + 1, 'pending', now(), now()
       FROM subscribers s
      WHERE s.status = 'confirmed'
        AND (cardinality($2::int[]) = 0
             OR NOT EXISTS (SELECT 1 FROM subscribers_rels r WHERE r.parent_id = s.id AND r.path = 'interests.themes' AND r.themes_id IS NOT NULL)
             OR EXISTS (SELECT 1 FROM subscribers_rels r WHERE r.parent_id = s.id AND r.path = 'interests.themes' AND r.themes_id = ANY($2::int[])))
        AND (cardinality($3::text[]) = 0
             OR NOT EXISTS (SELECT 1 FROM subscribers_interests_regions g WHERE g.parent_id = s.id AND g.value IS NOT NULL)
             OR EXISTS (SELECT 1 FROM subscribers_interests_regions g WHERE g.parent_id = s.id AND g.value::text = ANY($3::text[])))
        AND (cardinality($4::text[]) = 0 OR s.locale::text = ANY($4::text[]))
        AND NOT EXISTS (SELECT 1 FROM newsletter_deliveries d WHERE d.issue_id = $1)
     ON CONFLICT (issue_id, subscriber_id) DO NOTHING`,
    [issueId, segment.themes, segment.regions, segment.locales, batchSize],
  )
  return rowCount ?? 0
}

/** The issue's segment as stored (the published document's). */
export async function readSegment(db: Pick<PoolClient, 'query'>, issueId: number): Promise<Segment> {
  const { rows } = await db.query<{ themes: number[] | null; regions: string[] | null; locales: string[] | null }>(
    `SELECT (SELECT array_agg(themes_id) FROM nl_issues_rels WHERE parent_id = $1 AND path = 'segment.themes' AND themes_id IS NOT NULL) AS themes,
            (SELECT array_agg(value::text) FROM nl_issues_segment_regions WHERE parent_id = $1 AND value IS NOT NULL) AS regions,
            (SELECT array_agg(value::text) FROM nl_issues_segment_locales WHERE parent_id = $1 AND value IS NOT NULL) AS locales`,
    [issueId],
  )
  return { themes: rows[0]?.themes ?? [], regions: rows[0]?.regions ?? [], locales: rows[0]?.locales ?? [] }
}
