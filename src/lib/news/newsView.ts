import type { Locale } from '@/i18n/locales'
import type { ImageView, RichTextValue } from '@/lib/practices/practiceView'

export type NewsCategoryView = { slug: string; title: string }

export type RelatedLink = { slug: string; title: string }

/** A news item as the list and the feed show it. */
export type NewsSummaryView = {
  id: number
  slug: string
  title: string
  summary: string
  publishedAt: string | null
  updatedAt: string
  hero: ImageView | null
  categories: NewsCategoryView[]
  authors: Array<{ name: string; role: string | null }>
}

/** A news item as its page shows it. */
export type NewsItemView = NewsSummaryView & {
  locale: Locale
  body: RichTextValue | null
  /** Published practices, cities and live campaigns only: a draft is never linked. */
  related: { practices: RelatedLink[]; cities: RelatedLink[]; campaigns: RelatedLink[] }
  meta: { title: string; description: string | null; image: ImageView | null; noIndex: boolean }
  /** The item has no text of its own in this language: the English text is shown, with a notice. */
  fallback: boolean
  /** The latest draft, shown to staff in preview. */
  draft: boolean
}

export type NewsListView = {
  items: NewsSummaryView[]
  page: number
  totalPages: number
  totalItems: number
  categories: NewsCategoryView[]
  /** The category the list is filtered by, when it exists. */
  category: NewsCategoryView | null
}
