import { createLocalReq, logoutOperation, type Payload } from 'payload'

/**
 * Ends the member's session on the server (Payload keeps a session per sign-in: the token stops
 * working even if someone copied it). The caller clears the cookie.
 */
export async function signOutMember(payload: Payload, headers: Headers): Promise<void> {
  const { user } = await payload.auth({ headers })
  if (user?.collection !== 'members') return
  const req = await createLocalReq({ user }, payload)
  await logoutOperation({ collection: payload.collections.members, req })
}
