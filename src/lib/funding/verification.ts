/** An entry not checked against its source for this many months is stale: flagged to editors and to the public. */
export const STALE_AFTER_MONTHS = 6

/** The moment before which a verification is stale, at `now`. */
export function staleBefore(now: Date = new Date()): Date {
  const limit = new Date(now)
  limit.setUTCMonth(limit.getUTCMonth() - STALE_AFTER_MONTHS)
  return limit
}

/** Whether an entry last verified at `lastVerifiedAt` (never: null) needs checking again. */
export function isStale(lastVerifiedAt: string | Date | null | undefined, now: Date = new Date()): boolean {
  if (!lastVerifiedAt) return true
  const time = new Date(lastVerifiedAt).getTime()
  return Number.isNaN(time) || time < staleBefore(now).getTime()
}
