import type { Payload } from 'payload'

/** A FormData as a browser would post it (arrays become repeated fields). */
export function formData(fields: Record<string, string | string[] | File>): FormData {
  const form = new FormData()
  for (const [name, value] of Object.entries(fields)) {
    if (Array.isArray(value)) for (const item of value) form.append(name, item)
    else form.append(name, value)
  }
  return form
}

/** The emails queued to an address, newest first. */
export async function emailsTo(payload: Payload, to: string) {
  const { docs } = await payload.find({ collection: 'email-deliveries', where: { to: { equals: to } }, sort: '-createdAt', limit: 50, overrideAccess: true })
  return docs
}

/** The token of a portal link (`…/{page}?token=…`) in an email's text. */
export function tokenIn(text: string | null | undefined, page: 'verify' | 'reset-password'): string {
  const match = new RegExp(`/community/${page}\\?token=([A-Za-z0-9]+)`).exec(text ?? '')
  if (!match) throw new Error(`No ${page} link in: ${text}`)
  return match[1]
}
