import type { PayloadRequest } from 'payload'

import { userHasRole } from '@/access/roles'
import { refusalResponse } from '@/lib/evaluation/endpointKit'
import { serverMessage } from '@/i18n/serverMessages'

/** The event team (role `events`) and admins. */
export const isEventTeam = (user: PayloadRequest['user'] | undefined): boolean => userHasRole(user, 'admin', 'events')

/**
 * The refusal for anyone outside the event team, or null for a member: 401 for nobody signed in,
 * 403 for other staff (as the evaluation and funding tools answer).
 */
export function refuseOutsideEventTeam(req: PayloadRequest): Response | null {
  return isEventTeam(req.user) ? null : refusalResponse(serverMessage(req, 'eventTeamForbidden'), req.user ? 403 : 401)
}
