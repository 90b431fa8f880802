/** One class of a map's colour scale: counts from `min` to `max` (null: no upper bound). */
export type CountClass = { min: number; max: number | null }

const NICE = [1, 2, 3, 5, 10, 20, 30, 50, 100, 200, 300, 500, 1000, 2000, 3000, 5000, 10_000, 20_000, 50_000]

/**
 * Up to `classes` classes for counts from 1 to `max`, with round boundaries spaced evenly on a log
 * scale (a few countries have most practices; a linear scale would leave the rest blank).
 */
export function countClasses(max: number, classes = 5): CountClass[] {
  if (max < 1) return []
  const starts = [1]
  for (let i = 1; i < classes; i += 1) {
    const target = Math.pow(max, i / classes)
    const start = NICE.find((n) => n >= target && n > starts[starts.length - 1])
    if (start === undefined || start > max) break
    starts.push(start)
  }
  return starts.map((min, i) => ({ min, max: i + 1 < starts.length ? starts[i + 1] - 1 : max > min ? null : min }))
}

/** The index of the class a count falls in, or -1 for none. */
export function classOf(count: number, scale: CountClass[]): number {
  if (count < 1) return -1
  for (let i = scale.length - 1; i >= 0; i -= 1) if (count >= scale[i].min) return i
  return -1
}
