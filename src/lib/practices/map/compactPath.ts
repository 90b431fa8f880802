type Point = [number, number]

function rings(d: string): Point[][] {
  const result: Point[][] = []
  let ring: Point[] = []
  for (const [, command, args] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    if (command === 'Z') {
      if (ring.length) result.push(ring)
      ring = []
      continue
    }
    if (command === 'M' && ring.length) result.push(ring)
    if (command === 'M') ring = []
    const [x, y] = args.split(',').map(Number)
    ring.push([x, y])
  }
  if (ring.length) result.push(ring)
  return result
}

/** Drops repeated points and points on a straight line between their neighbours. */
function simplify(ring: Point[]): Point[] {
  const kept: Point[] = []
  for (const point of ring) {
    const last = kept[kept.length - 1]
    if (last && last[0] === point[0] && last[1] === point[1]) continue
    const before = kept[kept.length - 2]
    if (before && last) {
      const cross = (last[0] - before[0]) * (point[1] - last[1]) - (last[1] - before[1]) * (point[0] - last[0])
      const forward = (last[0] - before[0]) * (point[0] - last[0]) + (last[1] - before[1]) * (point[1] - last[1]) > 0
      if (cross === 0 && forward) kept.pop()
    }
    kept.push(point)
  }
  return kept
}

function numbers(values: number[]): string {
  return values.reduce((text, value, i) => text + (i > 0 && value >= 0 ? ' ' : '') + value, '')
}

/**
 * The same outline in fewer bytes: d3's absolute integer path ("M459,90L459,89…Z") rewritten with
 * relative line segments, without repeated or collinear points. Rings reduced to fewer than three
 * points (islands smaller than a pixel) are dropped.
 */
export function compactPath(d: string): string {
  return rings(d)
    .map(simplify)
    .filter((ring) => ring.length >= 3)
    .map((ring) => {
      const deltas = ring.slice(1).flatMap((point, i) => [point[0] - ring[i][0], point[1] - ring[i][1]])
      return `M${numbers(ring[0])}l${numbers(deltas)}z`
    })
    .join('')
}
