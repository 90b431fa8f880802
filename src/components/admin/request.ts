import type { AdminLanguage } from './language'

export type AdminResult<T> = { ok: true; data: T } | { ok: false; status: number; message: string }

type ErrorBody = { errors?: Array<{ message?: string }> } | null

/**
 * A call to our own API from the admin panel, signed in by the session cookie, in the admin's
 * language so that a refusal comes back as a sentence the editor or evaluator can act on.
 */
export async function adminRequest<T>(
  url: string,
  language: AdminLanguage,
  init: { method?: 'GET' | 'POST'; body?: unknown; signal?: AbortSignal } = {},
): Promise<AdminResult<T>> {
  try {
    const response = await fetch(url, {
      method: init.method ?? 'GET',
      credentials: 'include',
      signal: init.signal,
      headers: {
        'Accept-Language': language,
        ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    })
    const body = (await response.json().catch(() => null)) as unknown
    if (response.ok) return { ok: true, data: body as T }
    const message = (body as ErrorBody)?.errors?.[0]?.message
    return { ok: false, status: response.status, message: message || response.statusText || String(response.status) }
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error
    return { ok: false, status: 0, message: (error as Error).message }
  }
}
