import { sql } from '@payloadcms/db-postgres'

import type { Statement } from '../database'

/**
 * A lateral subquery for the latest final evaluation result of the practice `practiceId` (a
 * result reopened or awaiting an editor’s decision is not final): its overall score in % of the
 * scale and, when it is labelled, the day the label expires. One step down the unique
 * (practice, round) index of scorecards. Join it `ON TRUE`; a practice never evaluated gets nulls.
 */
export function latestFinalResult(practiceId: Statement): Statement {
  return sql`LATERAL (
    SELECT s.overall_percent, CASE WHEN s.status = 'labelled' THEN s.label_expires_at END AS label_expires_at
    FROM scorecards s WHERE s.practice_id = ${practiceId} AND s.status IN ('labelled', 'not_labelled')
    ORDER BY s.round DESC LIMIT 1
  )`
}
