/** Cache tags for public data. Hooks revalidate them when the data changes. */
export const cacheTags = {
  globals: (slug: string) => `global:${slug}`,
  pages: 'pages',
  page: (slug: string) => `page:${slug}`,
  sitemap: 'sitemap',
} as const
