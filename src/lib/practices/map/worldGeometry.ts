import { geoEqualEarth, geoPath } from 'd3-geo'
import { feature, merge } from 'topojson-client'
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification'
import countries110m from 'world-atlas/countries-110m.json'

/** The world map's drawing: SVG path data in a viewBox `MAP_WIDTH` wide. */
export type WorldGeometry = {
  width: number
  height: number
  /** Every country but Antarctica, merged into one shape: the base layer. */
  land: string
  /** Each country's outline, keyed by ISO 3166-1 numeric code ('250' for France). */
  countries: ReadonlyMap<string, string>
  /** Where a point falls on the map, to one decimal. */
  project: (longitude: number, latitude: number) => [number, number] | null
}

export const MAP_WIDTH = 960
const ANTARCTICA = '010'

let geometry: WorldGeometry | null = null

function build(): WorldGeometry {
  const topology = countries110m as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>
  const inhabited = {
    ...topology.objects.countries,
    geometries: topology.objects.countries.geometries.filter((shape) => shape.id !== ANTARCTICA),
  }
  const shapes = feature(topology, inhabited)
  const projection = geoEqualEarth().fitWidth(MAP_WIDTH, shapes)
  // Whole pixels are enough at this scale and keep the page small: a tenth of a pixel costs ~60% more.
  const path = geoPath(projection).digits(0)
  const [, [, bottom]] = path.bounds(shapes)
  const countries = new Map<string, string>()
  for (const shape of shapes.features) {
    const d = shape.id != null ? path(shape) : null
    if (d) countries.set(String(shape.id), d)
  }
  return {
    width: MAP_WIDTH,
    height: Math.ceil(bottom),
    land: path(merge(topology, inhabited.geometries as Array<Polygon | MultiPolygon>)) ?? '',
    countries,
    project: (longitude, latitude) => {
      const point = projection([longitude, latitude])
      return point ? [Math.round(point[0] * 10) / 10, Math.round(point[1] * 10) / 10] : null
    },
  }
}

/** Computed once per process: the base map is the same for every page and every visitor. */
export function worldGeometry(): WorldGeometry {
  geometry ??= build()
  return geometry
}
