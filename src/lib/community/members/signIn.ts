import { AuthenticationError, LockedAuth, type Payload, UnverifiedEmail } from 'payload'

import { checkLimits, memberRule } from './limits'
import { formText } from './profileForm'

export type SignInOutcome =
  | { status: 'signedIn'; token: string; expiresAt: Date; memberId: number }
  | { status: 'invalid'; missing: Array<'email' | 'password'>; email: string }
  /** Unknown address and wrong password alike. */
  | { status: 'failed'; email: string }
  /** Only said after the right password: a stranger learns nothing from it. */
  | { status: 'unverified'; email: string }
  | { status: 'locked'; email: string }
  | { status: 'rateLimited'; retryAfterSeconds: number; email: string }

/**
 * Signs a member in with Payload's own login (which counts failures and locks the account after 5).
 * The caller sets the session cookie from the token.
 */
export async function signInMember(payload: Payload, { form, ip }: { form: FormData; ip: string }): Promise<SignInOutcome> {
  const email = formText(form, 'email', 254).trim().toLowerCase()
  const password = formText(form, 'password', 1000)
  const missing = [!email ? ('email' as const) : null, !password ? ('password' as const) : null].filter((field) => field !== null)
  if (missing.length > 0) return { status: 'invalid', missing, email }
  const limit = await checkLimits(payload, [memberRule('signInPerIp', ip)])
  if (!limit.allowed) return { status: 'rateLimited', retryAfterSeconds: limit.retryAfterSeconds, email }
  try {
    const result = await payload.login({ collection: 'members', data: { email, password } })
    if (!result.token || !result.user) return { status: 'failed', email }
    const expiresAt = result.exp ? new Date(result.exp * 1000) : new Date(Date.now() + 14 * 24 * 60 * 60 * 1000)
    return { status: 'signedIn', token: result.token, expiresAt, memberId: result.user.id }
  } catch (error) {
    if (error instanceof UnverifiedEmail) return { status: 'unverified', email }
    if (error instanceof LockedAuth) return { status: 'locked', email }
    if (error instanceof AuthenticationError) return { status: 'failed', email }
    throw error
  }
}
