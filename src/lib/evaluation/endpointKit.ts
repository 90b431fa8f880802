import { APIError, commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

import { userHasRole } from '@/access/roles'
import { type ServerMessageKey, serverMessage } from '@/i18n/serverMessages'

/** A refusal with the HTTP status and a message in the caller's language. */
export class Refusal extends APIError {
  constructor(req: Pick<PayloadRequest, 'i18n'>, key: ServerMessageKey, status: number, vars: Record<string, string | number> = {}) {
    super(serverMessage(req, key, vars), status, null, true)
  }
}

export const refusalResponse = (message: string, status: number) => Response.json({ errors: [{ message }] }, { status })

/** Editors (and admins) only: 401 for nobody signed in, 403 for other staff. */
export function requireEditor(req: PayloadRequest): void {
  if (!userHasRole(req.user, 'admin', 'editor')) throw new Refusal(req, 'evaluationForbidden', req.user ? 403 : 401)
}

export async function readJson(req: PayloadRequest): Promise<unknown> {
  return (await req.json?.().catch(() => null)) ?? null
}

/**
 * Runs an endpoint's work in one transaction (all of it happens, or none), and turns refusals into
 * JSON errors with their status.
 */
export async function inTransaction(req: PayloadRequest, work: () => Promise<Response>): Promise<Response> {
  const started = await initTransaction(req)
  try {
    const response = await work()
    if (started) await commitTransaction(req)
    return response
  } catch (error) {
    if (started) await killTransaction(req)
    if (error instanceof APIError) return refusalResponse(error.message, error.status)
    const status = (error as { status?: number }).status
    if (status === 404 || status === 403 || status === 401) return refusalResponse((error as Error).message, status)
    throw error
  }
}
