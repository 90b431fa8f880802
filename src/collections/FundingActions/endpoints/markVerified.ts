import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'

import { inTransaction, readJson, Refusal, requireEditor } from '@/lib/evaluation/endpointKit'
import { type VerificationTarget, verifyAction } from './verifyAction'

export const MARK_VERIFIED_MAX = 200

const body = z.object({ ids: z.array(z.coerce.number().int().positive()).min(1).max(MARK_VERIFIED_MAX) })

type Row = { id: number; slug: string; _status?: 'draft' | 'published' | null }

async function targets(req: PayloadRequest, ids: number[]): Promise<Map<number, VerificationTarget>> {
  const common = { collection: 'funding-actions', where: { id: { in: ids } }, select: { slug: true, _status: true }, depth: 0, pagination: false, overrideAccess: false, user: req.user, req } as const
  const live = (await req.payload.find(common)).docs as Row[]
  const latest = new Map(((await req.payload.find({ ...common, draft: true })).docs as Row[]).map((doc) => [doc.id, doc]))
  const status = (row: Row | undefined) => (row?._status === 'published' ? 'published' : 'draft')
  return new Map(live.map((row) => [row.id, { id: row.id, slug: row.slug, liveStatus: status(row), latestStatus: status(latest.get(row.id)) }]))
}

/**
 * POST /api/funding-actions/mark-verified {ids: [...]}: an editor confirms she checked these entries
 * against their sources now. All or nothing: an unknown id marks none. Nothing but the verification
 * (date and editor) changes; a draft stays a draft and is not published.
 */
export const markVerifiedEndpoint: Endpoint = {
  path: '/mark-verified',
  method: 'post',
  handler: (req) =>
    inTransaction(req, async () => {
      requireEditor(req)
      const parsed = body.safeParse(await readJson(req))
      if (!parsed.success) throw new Refusal(req, 'verifyBadIds', 400, { max: MARK_VERIFIED_MAX })
      const ids = [...new Set(parsed.data.ids)]
      const found = await targets(req, ids)
      const missing = ids.filter((id) => !found.has(id))
      if (missing.length) throw new Refusal(req, 'verifyNotFound', 400, { ids: missing.join(', ') })
      const verifiedAt = new Date().toISOString()
      for (const id of ids) await verifyAction(req, found.get(id) as VerificationTarget, verifiedAt)
      return Response.json({ verified: ids, verifiedAt })
    }),
}
