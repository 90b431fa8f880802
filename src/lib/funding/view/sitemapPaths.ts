import type { Payload } from 'payload'

export type FundingSitemapPath = { path: string; lastModified?: string }

/** The funding list and every published, indexable action, as an anonymous visitor may read them. */
export async function findFundingSitemapPaths(payload: Payload): Promise<FundingSitemapPath[]> {
  const { docs } = await payload.find({
    collection: 'funding-actions',
    where: { 'meta.noIndex': { not_equals: true } },
    depth: 0,
    pagination: false,
    joins: false,
    overrideAccess: false,
    sort: '-publishedAt',
    select: { slug: true, updatedAt: true },
  })
  return [{ path: '/funding' }, ...docs.map((doc) => ({ path: `/funding/${doc.slug}`, lastModified: doc.updatedAt }))]
}
