/** The public origin for absolute links (sitemap, Open Graph). SERVER_URL in production. */
export function siteUrl(): string {
  return (process.env.SERVER_URL || `http://localhost:${process.env.PORT || 3000}`).replace(/\/$/, '')
}
