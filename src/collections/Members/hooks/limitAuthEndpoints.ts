import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { serverMessage } from '@/i18n/serverMessages'
import { checkLimits, memberRule, minutes } from '@/lib/community/members/limits'
import { clientIp } from '@/lib/security/clientIp'

/**
 * Payload's own `POST /api/members/login` and `/api/members/forgot-password` get the limits the
 * portal's forms have (per IP and per address), so nobody can guess passwords or flood a member with
 * reset emails through the API. The portal's server actions call the Local API after their own checks.
 */
export const limitAuthEndpoints: CollectionBeforeOperationHook = async ({ operation, args, req }) => {
  if (req.payloadAPI === 'local' || (operation !== 'login' && operation !== 'forgotPassword')) return args
  const email = String((args as { data?: { email?: unknown } }).data?.email ?? '').trim().toLowerCase()
  const ip = clientIp(req.headers)
  const rules =
    operation === 'login'
      ? [memberRule('apiSignInPerIp', ip), memberRule('apiSignInPerEmail', email)]
      : [memberRule('resetPerIp', ip), memberRule('resetPerEmail', email)]
  const verdict = await checkLimits(req.payload, rules)
  if (!verdict.allowed) throw new APIError(serverMessage(req, 'tooManyAttempts', { minutes: minutes(verdict.retryAfterSeconds) }), 429, null, true)
  return args
}
