import { APIError, type Endpoint } from 'payload'
import { z } from 'zod'

import { userHasRole } from '@/access/roles'
import { serverMessage } from '@/i18n/serverMessages'
import { transitionPractice } from '@/lib/practices/transitionPractice'
import { WORKFLOW_STATUSES } from '../workflow'

const body = z.object({
  to: z.enum(WORKFLOW_STATUSES),
  comment: z.string().trim().max(2000).optional(),
})

/** POST /api/practices/:id/workflow {to, comment}: the editors' way through the workflow. */
export const transitionEndpoint: Endpoint = {
  path: '/:id/workflow',
  method: 'post',
  handler: async (req) => {
    if (!userHasRole(req.user, 'admin', 'editor')) {
      return Response.json({ errors: [{ message: serverMessage(req, 'workflowForbidden') }] }, { status: req.user ? 403 : 401 })
    }
    const id = Number(req.routeParams?.id)
    const parsed = body.safeParse(await req.json?.().catch(() => null))
    if (!Number.isInteger(id) || !parsed.success) {
      return Response.json({ errors: [{ message: serverMessage(req, 'workflowBadRequest') }] }, { status: 400 })
    }
    try {
      const practice = await transitionPractice({ id, ...parsed.data, req })
      return Response.json({ doc: { id: practice.id, workflowStatus: practice.workflowStatus, _status: practice._status } })
    } catch (error) {
      if (error instanceof APIError) return Response.json({ errors: [{ message: error.message }] }, { status: error.status })
      const status = (error as { status?: number }).status
      if (status === 404 || status === 403) {
        return Response.json({ errors: [{ message: (error as Error).message }] }, { status })
      }
      throw error
    }
  },
}
