/** The id of a relationship value, whether Payload returned it populated (an object) or as an id. */
export const relationId = (value: unknown): number =>
  typeof value === 'object' && value !== null ? (value as { id: number }).id : (value as number)

/** The same for a relationship that may be empty (null or undefined gives null). */
export const optionalRelationId = (value: unknown): number | null => (value == null ? null : Number(relationId(value)))
