import { worldGeometry } from '@/lib/practices/map/worldGeometry'

/**
 * The world map's shapes, which every map on the portal `<use>`s: downloaded once and kept by the
 * browser and any shared cache (its address carries a version), instead of weighing down each page
 * twice (in the HTML and again in the React Server Components payload).
 */
export function GET(): Response {
  return new Response(worldGeometry().sprite, {
    headers: {
      'Content-Type': 'image/svg+xml; charset=utf-8',
      'Cache-Control': 'public, max-age=31536000, immutable',
    },
  })
}
