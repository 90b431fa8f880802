import { WORLD_SPRITE_PATH, worldGeometry } from '@/lib/practices/map/worldGeometry'

type Props = { latitude: number; longitude: number; countryNumeric: string | null; label: string }

/** How much closer than the whole world the map shows: enough to see the country and its neighbours. */
const ZOOM = 3

/** Where to look: a window around the city, kept inside the world's drawing. */
function windowAround([x, y]: [number, number], width: number, height: number): string {
  const w = width / ZOOM
  const h = height / ZOOM
  const left = Math.min(Math.max(x - w / 2, 0), width - w)
  const top = Math.min(Math.max(y - h / 2, 0), height - h)
  return `${Math.round(left)} ${Math.round(top)} ${Math.round(w)} ${Math.round(h)}`
}

/** A small map drawn on the server around the city: its country highlighted, the city marked. No JavaScript. */
export function CityLocatorMap({ latitude, longitude, countryNumeric, label }: Props) {
  const world = worldGeometry()
  const point = world.project(longitude, latitude)
  if (!point) return null
  const shape = (id: string) => `${WORLD_SPRITE_PATH}?v=${world.version}#${id}`
  const country = countryNumeric && world.hasCountry(countryNumeric) ? `c${countryNumeric.padStart(3, '0')}` : null
  return (
    <figure className="city-locator">
      <svg viewBox={windowAround(point, world.width, world.height)} role="img" aria-label={label} className="city-locator__svg">
        <use href={shape('land')} className="city-locator__land" />
        {country && <use href={shape(country)} className="city-locator__country" />}
        <circle cx={point[0]} cy={point[1]} r={6} className="city-locator__halo" />
        <circle cx={point[0]} cy={point[1]} r={2.5} className="city-locator__city" />
      </svg>
    </figure>
  )
}
