import type { SendEmailOptions } from 'payload'

type AddressField = SendEmailOptions['to']

/** nodemailer-style address lists, as Payload passes them, to one comma-separated string. */
export function formatAddresses(value: AddressField): string {
  const list = Array.isArray(value) ? value : [value]
  return list
    .filter((entry) => Boolean(entry))
    .map((entry) => (typeof entry === 'string' ? entry : entry.name ? `${entry.name} <${entry.address}>` : entry.address))
    .join(', ')
}

export function splitAddresses(value: string | null | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
}
