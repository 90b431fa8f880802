/** The id of a relationship value, whether Payload gave the id or the populated document. */
export const relationId = (value: number | string | { id: number } | null | undefined): number | null => {
  if (typeof value === 'number') return value
  if (typeof value === 'string') return Number.isSafeInteger(Number(value)) ? Number(value) : null
  return value?.id ?? null
}
