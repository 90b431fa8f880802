import type { Endpoint } from 'payload'
import { z } from 'zod'

import { labelExpiry } from '@/lib/evaluation/aggregate'
import { inTransaction, readJson, Refusal, requireEditor } from '@/lib/evaluation/endpointKit'
import { evaluationRules } from '@/lib/evaluation/settings'

const body = z.object({ label: z.boolean(), reason: z.string().trim().min(10).max(2000) })

/**
 * POST /api/scorecards/:id/decide {label, reason}: an editor's consensus decision on a result whose
 * evaluators disagreed too much for the label to be given automatically.
 */
export const decideEndpoint: Endpoint = {
  path: '/:id/decide',
  method: 'post',
  handler: (req) =>
    inTransaction(req, async () => {
      requireEditor(req)
      const id = Number(req.routeParams?.id)
      const parsed = body.safeParse(await readJson(req))
      if (!Number.isInteger(id) || !parsed.success) throw new Refusal(req, 'evaluationReasonRequired', 400)
      const scorecard = await req.payload.findByID({ collection: 'scorecards', id, depth: 0, overrideAccess: true, req })
      if (scorecard.status !== 'needs_consensus') throw new Refusal(req, 'evaluationNotPending', 409)
      const rules = await evaluationRules(req.payload, req)
      const now = new Date()
      const doc = await req.payload.update({
        collection: 'scorecards',
        id,
        overrideAccess: true,
        req,
        depth: 0,
        data: {
          status: parsed.data.label ? 'labelled' : 'not_labelled',
          labelAwardedAt: parsed.data.label ? now.toISOString() : null,
          labelExpiresAt: parsed.data.label ? labelExpiry(now, rules.labelValidityMonths).toISOString() : null,
          decision: { by: req.user!.id, at: now.toISOString(), reason: parsed.data.reason },
        },
      })
      return Response.json({ doc: { id: doc.id, status: doc.status, labelExpiresAt: doc.labelExpiresAt } })
    }),
}
