import { cookies } from 'next/headers'
import type { Payload } from 'payload'

/** Payload's own auth cookie, so `payload.auth()` (and `currentViewer()`) recognise the member. */
export const sessionCookieName = (payload: Payload) => `${payload.config.cookiePrefix}-token`

const secure = () => process.env.NODE_ENV === 'production' && !process.env.ALLOW_INSECURE_COOKIES

/** Sets the session cookie from a member's JWT (in a server action or route handler). */
export async function setMemberSession(payload: Payload, token: string, expiresAt: Date): Promise<void> {
  ;(await cookies()).set(sessionCookieName(payload), token, { httpOnly: true, sameSite: 'lax', secure: secure(), path: '/', expires: expiresAt })
}

export async function clearMemberSession(payload: Payload): Promise<void> {
  ;(await cookies()).set(sessionCookieName(payload), '', { httpOnly: true, sameSite: 'lax', secure: secure(), path: '/', expires: new Date(0) })
}
