/** The id of a relationship value, whether Payload returned it populated (an object) or as an id. */
export const relationId = (value: unknown): number =>
  typeof value === 'object' && value !== null ? (value as { id: number }).id : (value as number)
