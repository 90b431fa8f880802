import type { Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { newsListPath } from '@/lib/news/links'
import type { NewsCategoryView } from '@/lib/news/newsView'

type Props = { locale: Locale; categories: NewsCategoryView[]; current: NewsCategoryView | null }

/** The category filter: a plain GET form (works without JavaScript), each choice with its own address. */
export function NewsCategoryFilter({ locale, categories, current }: Props) {
  if (categories.length === 0) return null
  const text = getStrings(locale).news.list
  return (
    <form method="get" action={newsListPath(locale)} className="news-filter" role="search" aria-label={text.filterLegend}>
      <label htmlFor="news-category">{text.categoryLabel}</label>
      <select id="news-category" name="category" defaultValue={current?.slug ?? ''}>
        <option value="">{text.allCategories}</option>
        {categories.map((category) => (
          <option key={category.slug} value={category.slug}>
            {category.title}
          </option>
        ))}
      </select>
      <button type="submit" className="button">
        {text.apply}
      </button>
    </form>
  )
}
