import { geoEqualEarth, geoPath } from 'd3-geo'
import { createHash } from 'node:crypto'
import { feature, merge } from 'topojson-client'
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification'
import countries110m from 'world-atlas/countries-110m.json'

import { compactPath } from './compactPath'

/** The world map's drawing, in a viewBox `MAP_WIDTH` wide. */
export type WorldGeometry = {
  width: number
  height: number
  /**
   * An SVG document of shapes to `<use>`: `#land` (every country but Antarctica, merged) and
   * `#c{numeric}` for each country, by ISO 3166-1 numeric code ('250' for France).
   */
  sprite: string
  /** Changes when the drawing does: part of the sprite's address, so browsers may keep it forever. */
  version: string
  hasCountry: (numeric: string) => boolean
  /** Where a point falls on the map, to one decimal. */
  project: (longitude: number, latitude: number) => [number, number] | null
}

export const MAP_WIDTH = 960
/** Where the sprite is served (src/app/(frontend)/maps/world.svg/route.ts). */
export const WORLD_SPRITE_PATH = '/maps/world.svg'
const ANTARCTICA = '010'

let geometry: WorldGeometry | null = null

function build(): WorldGeometry {
  // The JSON import is typed by its literal shape; world-atlas documents it as this TopoJSON topology.
  const topology = countries110m as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>
  const inhabited = {
    ...topology.objects.countries,
    geometries: topology.objects.countries.geometries.filter((shape) => shape.id !== ANTARCTICA),
  }
  const shapes = feature(topology, inhabited)
  const projection = geoEqualEarth().fitWidth(MAP_WIDTH, shapes)
  // Whole pixels are enough at this scale; compactPath then writes them in as few bytes as it can.
  const path = geoPath(projection).digits(0)
  const [, [, bottom]] = path.bounds(shapes)
  const height = Math.ceil(bottom)
  const shapesById = new Map<string, string>()
  for (const shape of shapes.features) {
    const d = shape.id != null ? path(shape) : null
    if (d) shapesById.set(String(shape.id).padStart(3, '0'), compactPath(d))
  }
  const land = compactPath(path(merge(topology, inhabited.geometries as Array<Polygon | MultiPolygon>)) ?? '')
  const defs = [`<path id="land" d="${land}"/>`, ...[...shapesById].map(([id, d]) => `<path id="c${id}" d="${d}"/>`)]
  const sprite = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${height}"><defs>${defs.join('')}</defs></svg>`
  return {
    width: MAP_WIDTH,
    height,
    sprite,
    version: createHash('sha256').update(sprite).digest('hex').slice(0, 10),
    hasCountry: (numeric) => shapesById.has(numeric.padStart(3, '0')),
    project: (longitude, latitude) => {
      const point = projection([longitude, latitude])
      return point ? [Math.round(point[0] * 10) / 10, Math.round(point[1] * 10) / 10] : null
    },
  }
}

/** Computed once per process: the map is the same for every page and every visitor. */
export function worldGeometry(): WorldGeometry {
  geometry ??= build()
  return geometry
}
