import { type APIRequestContext, request } from '@playwright/test'

import { E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD, E2E_ORIGIN } from './e2e-settings'

/**
 * A REST client signed in as the admin the end-to-end server creates, in its own request context
 * so that tests' anonymous requests never carry the admin's cookie. Dispose it after use.
 */
export async function signedInAdmin(): Promise<APIRequestContext> {
  const login = await request.newContext({ baseURL: E2E_ORIGIN })
  const response = await login.post('/api/users/login', { data: { email: E2E_ADMIN_EMAIL, password: E2E_ADMIN_PASSWORD } })
  if (!response.ok()) {
    throw new Error(`The e2e admin could not sign in (${response.status()}): ${await response.text()}`)
  }
  const { token } = (await response.json()) as { token?: string }
  await login.dispose()
  if (!token) throw new Error('The login response carried no token.')
  return request.newContext({ baseURL: E2E_ORIGIN, extraHTTPHeaders: { Authorization: `JWT ${token}` } })
}
