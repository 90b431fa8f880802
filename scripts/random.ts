/** A small deterministic generator (mulberry32), so that a seed gives the same generated practices or funding actions. */
export function random(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const several = <T>(list: readonly T[], count: number): T[] => {
    const chosen = new Set<T>()
    while (chosen.size < Math.min(count, list.length)) chosen.add(pick(list))
    return [...chosen]
  }
  /** A value drawn with the given weights: `[[value, weight], …]`. */
  const weighted = <T>(table: ReadonlyArray<readonly [T, number]>): T => {
    const total = table.reduce((sum, [, weight]) => sum + weight, 0)
    let draw = next() * total
    for (const [value, weight] of table) {
      draw -= weight
      if (draw < 0) return value
    }
    return table[table.length - 1][0]
  }
  return { next, pick, int, several, weighted }
}

export type Random = ReturnType<typeof random>
