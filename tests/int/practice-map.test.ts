import { classOf, countClasses } from '@/lib/practices/map/countScale'
import { compactPath } from '@/lib/practices/map/compactPath'
import { worldGeometry } from '@/lib/practices/map/worldGeometry'

describe('the map’s colour scale', () => {
  it('gives each count up to five its own shade', () => {
    expect(countClasses(1)).toEqual([{ min: 1, max: 1 }])
    expect(countClasses(3)).toEqual([
      { min: 1, max: 1 },
      { min: 2, max: 2 },
      { min: 3, max: 3 },
    ])
  })

  it('spreads larger counts over five classes with round bounds, the last open-ended', () => {
    expect(countClasses(500)).toEqual([
      { min: 1, max: 4 },
      { min: 5, max: 19 },
      { min: 20, max: 49 },
      { min: 50, max: 199 },
      { min: 200, max: null },
    ])
  })

  it('puts every count from 1 to the largest in exactly one class', () => {
    for (const max of [1, 2, 7, 12, 40, 999, 50_000]) {
      const scale = countClasses(max)
      expect(scale.length).toBeLessThanOrEqual(5)
      for (const count of [1, Math.ceil(max / 3), max]) {
        const index = classOf(count, scale)
        expect(index).toBeGreaterThanOrEqual(0)
        expect(count).toBeGreaterThanOrEqual(scale[index].min)
        expect(count).toBeLessThanOrEqual(scale[index].max ?? Infinity)
      }
    }
    expect(classOf(0, countClasses(10))).toBe(-1)
  })
})

describe('the map’s drawing', () => {
  it('writes an outline with relative steps, without repeated or collinear points', () => {
    expect(compactPath('M10,10L10,10L11,10L12,10L12,12L10,12Z')).toBe('M10 10l2 0 0 2-2 0z')
    expect(compactPath('M0,0L1,0L1,1ZM5,5L5,5Z')).toBe('M0 0l1 0 0 1z')
  })

  it('draws every country with practices from world-atlas by its ISO numeric code', () => {
    const world = worldGeometry()
    for (const numeric of ['250', '208', '076', '4', '710']) expect(world.hasCountry(numeric)).toBe(true)
    expect(world.hasCountry('010')).toBe(false)
    expect(world.sprite).toContain('id="land"')
    expect(world.sprite).toContain('id="c076"')
    expect(world.sprite.length).toBeLessThan(80_000)
  })

  it('places a city where it is on the map', () => {
    const world = worldGeometry()
    const [x, y] = world.project(12.57, 55.68) ?? [NaN, NaN]
    expect(x).toBeGreaterThan(world.width / 2)
    expect(y).toBeLessThan(world.height / 2)
    const [sx, sy] = world.project(-46.63, -23.55) ?? [NaN, NaN]
    expect(sx).toBeLessThan(world.width / 2)
    expect(sy).toBeGreaterThan(world.height / 2)
  })
})
