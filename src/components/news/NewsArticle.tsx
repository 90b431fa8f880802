import { Breadcrumbs } from '@/components/geography/Breadcrumbs'
import { PracticeFigure } from '@/components/practice/PracticeFigure'
import { PracticeRichText } from '@/components/practice/PracticeRichText'
import { interpolate } from '@/i18n/interpolate'
import type { Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { newsListPath } from '@/lib/news/links'
import type { NewsItemView } from '@/lib/news/newsView'
import { formatNewsDate } from './format'
import { NewsRelated } from './NewsRelated'

type Props = { item: NewsItemView; locale: Locale }

/** A news item's page: title, date, categories, authors, hero, body and related links. */
export function NewsArticle({ item, locale }: Props) {
  const strings = getStrings(locale)
  const text = strings.news.item
  return (
    <article className="container news-article">
      <Breadcrumbs
        label={strings.news.breadcrumb.label}
        crumbs={[{ label: strings.news.breadcrumb.home, href: `/${locale}` }, { label: text.breadcrumb, href: newsListPath(locale) }, { label: item.title }]}
      />
      {item.draft && (
        <p className="draft-banner" role="status">
          {text.draft}
        </p>
      )}
      {item.fallback && (
        <p className="news-notice" role="note" data-testid="news-fallback">
          {text.fallback}
        </p>
      )}
      {/* The English text of an untranslated item is marked as English for screen readers. */}
      <div lang={item.fallback ? 'en' : undefined}>
        <h1>{item.title}</h1>
        <p className="page__summary">{item.summary}</p>
        <div className="news-meta">
          {item.publishedAt && <p>{interpolate(text.published, { date: formatNewsDate(item.publishedAt, locale) })}</p>}
          {item.categories.length > 0 && (
            <p>
              {text.categories}:{' '}
              {item.categories.map((category, index) => (
                <span key={category.slug}>
                  {index > 0 && ', '}
                  <a href={newsListPath(locale, { category: category.slug })}>{category.title}</a>
                </span>
              ))}
            </p>
          )}
          {item.authors.length > 0 && (
            <p>
              {text.authors}: {item.authors.map((author) => (author.role ? `${author.name} (${author.role})` : author.name)).join(', ')}
            </p>
          )}
        </div>
        {item.hero && <PracticeFigure image={item.hero} strings={strings.practice.media} priority />}
        <PracticeRichText data={item.body} locale={locale} />
      </div>
      <NewsRelated related={item.related} locale={locale} />
      <p>
        <a href={newsListPath(locale)}>{text.allNews}</a>
      </p>
    </article>
  )
}
