import type { PracticeView } from './practiceView'

type JsonLd = Record<string, unknown>

/**
 * schema.org description of a practice: an Article about its themes, covering its lead city as a
 * Place with coordinates. `origin` makes every address absolute.
 */
export function practiceJsonLd(practice: PracticeView, args: { origin: string; siteName: string }): JsonLd {
  const { origin } = args
  const url = `${origin}/${practice.locale}/practices/${practice.slug}`
  const city = practice.leadCity
  const image = practice.meta.image
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    '@id': url,
    url,
    mainEntityOfPage: url,
    headline: practice.title.slice(0, 110),
    name: practice.title,
    description: practice.meta.description,
    inLanguage: practice.locale,
    datePublished: practice.publishedAt ?? undefined,
    dateModified: practice.updatedAt,
    isAccessibleForFree: true,
    image: image ? [new URL(image.og?.url ?? image.url, origin).href] : undefined,
    keywords: practice.themes.map((theme) => theme.name).join(', ') || undefined,
    about: practice.themes.map((theme) => ({
      '@type': 'DefinedTerm',
      name: theme.name,
      url: `${origin}/${practice.locale}/practices?theme=${encodeURIComponent(theme.slug)}`,
    })),
    spatialCoverage: city
      ? {
          '@type': 'Place',
          name: city.name,
          url: `${origin}/${practice.locale}/cities/${city.slug}`,
          geo: { '@type': 'GeoCoordinates', latitude: city.latitude, longitude: city.longitude },
          address: city.country ? { '@type': 'PostalAddress', addressLocality: city.name, addressCountry: city.country.code } : undefined,
        }
      : undefined,
    publisher: { '@type': 'Organization', name: args.siteName, url: origin },
  }
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so no text can close the script. */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')
}
