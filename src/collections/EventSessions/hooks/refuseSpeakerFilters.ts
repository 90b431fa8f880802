import { APIError, type CollectionBeforeOperationHook, type Where } from 'payload'

import { isStaffUser } from '@/access/roles'
import { serverMessage } from '@/i18n/serverMessages'

const SPEAKER_FIELDS = ['speakers', 'moderators']

/** Whether a where clause, at any depth of and/or, filters on a session's speakers or moderators. */
export function filtersOnSpeakers(where: Where | undefined | null): boolean {
  if (!where || typeof where !== 'object') return false
  return Object.entries(where).some(([key, value]) => {
    if (key === 'and' || key === 'or') return Array.isArray(value) && value.some((clause) => filtersOnSpeakers(clause as Where))
    return SPEAKER_FIELDS.some((field) => key === field || key.startsWith(`${field}.`))
  })
}

/**
 * The public may not filter sessions by speaker or moderator: a filter by a bare id would tell which
 * sessions a speaker who did not consent to be published takes part in, though the answers never
 * show him (hideUnconsentedSpeakers). Staff and the server's own reads (overrideAccess) may.
 */
export const refuseSpeakerFilters: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'read' && operation !== 'count') return args
  if (isStaffUser(req.user) || (args as { overrideAccess?: boolean }).overrideAccess) return args
  if (filtersOnSpeakers((args as { where?: Where }).where)) throw new APIError(serverMessage(req, 'sessionSpeakerFilter'), 400, undefined, true)
  return args
}
