/** The value below which `p` % of the values lie (nearest rank). */
export const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

/** p50, p95 and max of timings in ms, as the benches' tables print them. */
export const summary = (values: number[]) =>
  [50, 95].map((p) => percentile(values, p).toFixed(1).padStart(8)).join('') + Math.max(...values).toFixed(1).padStart(8)
