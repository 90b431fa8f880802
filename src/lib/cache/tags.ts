/** Cache tags for public data. Hooks revalidate them when the data changes. */
export const cacheTags = {
  globals: (slug: string) => `global:${slug}`,
  pages: 'pages',
  page: (slug: string) => `page:${slug}`,
  sitemap: 'sitemap',
  /** Every list, count, facet and map that shows practices. */
  practices: 'practices',
  practice: (slug: string) => `practice:${slug}`,
  /** Countries, cities and themes: reference data shown on practice, city and listing pages. */
  geography: 'geography',
  themes: 'themes',
} as const
