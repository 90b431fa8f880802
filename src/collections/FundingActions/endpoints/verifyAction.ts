import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { revalidate } from '@/lib/cache/revalidate'
import { cacheTags } from '@/lib/cache/tags'
import { syncFundingAction } from '@/lib/funding/index/syncFunding'
import { sqlRunner } from '@/lib/practices/database'

export type VerificationTarget = { id: number; slug: string; liveStatus: 'draft' | 'published'; latestStatus: 'draft' | 'published' }

/**
 * Marks one action verified at `at` by the signed-in editor, changing nothing else.
 *
 * - Latest version published: an ordinary update, which keeps it published (the hook records who).
 * - A draft waiting on top (of a published entry or of nothing published): the draft gets the date
 *   through a draft save, which leaves the live row alone; the live row's two verification columns
 *   are then set directly, since no Payload operation updates a live row without publishing the
 *   draft over it. The index and the public pages follow the live row.
 */
export async function verifyAction(req: PayloadRequest, target: VerificationTarget, at: string): Promise<void> {
  const { payload, user } = req
  const common = { collection: 'funding-actions', id: target.id, req, user, overrideAccess: false, depth: 0 } as const
  if (target.latestStatus === 'published') {
    await payload.update({ ...common, data: { lastVerifiedAt: at } })
    return
  }
  await payload.update({ ...common, draft: true, data: { lastVerifiedAt: at } })
  const db = await sqlRunner(payload, req)
  await db.execute(sql`UPDATE funding_actions SET last_verified_at = ${at}, last_verified_by_id = ${user?.id ?? null} WHERE id = ${target.id}`)
  if (target.liveStatus !== 'published') return
  await syncFundingAction(payload, target.id, req)
  revalidate([cacheTags.funding, cacheTags.fundingAction(target.slug)], { req })
}
