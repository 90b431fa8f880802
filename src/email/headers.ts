import type { SendEmailOptions } from 'payload'

type HeaderInput = SendEmailOptions['headers']

const NAME = /^[A-Za-z0-9-]{1,76}$/

/**
 * nodemailer-style custom headers (e.g. List-Unsubscribe) as the plain name → value record the
 * outbox stores and Resend accepts. A name that is not a header name or a value with a line break
 * (header injection) is dropped; undefined when nothing is left.
 */
export function plainHeaders(headers: HeaderInput): Record<string, string> | undefined {
  if (!headers) return undefined
  const entries: Array<[string, unknown]> = Array.isArray(headers)
    ? headers.map((header) => [header.key, header.value])
    : Object.entries(headers).map(([key, value]) => [key, Array.isArray(value) ? value.join(', ') : typeof value === 'object' && value ? (value as { value: unknown }).value : value])
  const clean = entries.filter((entry): entry is [string, string] => NAME.test(entry[0]) && typeof entry[1] === 'string' && !/[\r\n]/.test(entry[1]))
  return clean.length ? Object.fromEntries(clean) : undefined
}

/** The stored headers of a delivery, when they are a record of strings. */
export function storedHeaders(value: unknown): Record<string, string> | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined
  return plainHeaders(value as Record<string, string>)
}
