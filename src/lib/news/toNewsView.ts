import { toImageView } from '@/lib/practices/mediaView'
import type { News, NewsCategory } from '@/payload-types'
import type { NewsCategoryView, NewsSummaryView } from './newsView'

const isCategory = (value: unknown): value is NewsCategory => typeof value === 'object' && value !== null && 'slug' in value

export const toCategoryView = (category: Pick<NewsCategory, 'slug' | 'title'>): NewsCategoryView => ({ slug: category.slug, title: category.title })

/** The fields the list, the feed and the page share (categories and hero read at depth 1). */
export function toNewsSummary(item: News): NewsSummaryView {
  return {
    id: item.id,
    slug: item.slug,
    title: item.title,
    summary: item.summary,
    publishedAt: item.publishedAt ?? null,
    updatedAt: item.updatedAt,
    hero: toImageView(item.hero),
    categories: (item.categories ?? []).filter(isCategory).map(toCategoryView),
    authors: (item.authors ?? []).map((author) => ({ name: author.name, role: author.role ?? null })),
  }
}
