type Address = string | { address: string; name?: string } | undefined

/** nodemailer-style address lists, as Payload passes them, to one comma-separated string. */
export function formatAddresses(value: Address | Address[]): string {
  const list = Array.isArray(value) ? value : [value]
  return list
    .filter((entry): entry is NonNullable<Address> => Boolean(entry))
    .map((entry) => (typeof entry === 'string' ? entry : entry.name ? `${entry.name} <${entry.address}>` : entry.address))
    .join(', ')
}

export function splitAddresses(value: string | null | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
}
