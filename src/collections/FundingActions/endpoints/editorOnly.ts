import type { PayloadRequest } from 'payload'

import { refusalResponse, requireEditor } from '@/lib/evaluation/endpointKit'

/** The refusal for anyone but an editor (401 signed out, 403 other staff), or null for an editor. */
export function refuseNonEditor(req: PayloadRequest): Response | null {
  try {
    requireEditor(req)
    return null
  } catch (error) {
    const { message, status } = error as { message: string; status: number }
    return refusalResponse(message, status)
  }
}
