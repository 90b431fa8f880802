import Link from 'next/link'

import type { Locale } from '@/i18n/locales'
import type { RepositoryStrings } from '@/i18n/strings/repository/en'
import type { PracticeCard as PracticeCardView } from '@/lib/practices/search/types'
import { practicesPath } from '@/lib/practices/searchUrl'
import { PracticeCard } from './PracticeCard'

type Props = { practices: PracticeCardView[]; locale: Locale; strings: RepositoryStrings }

/** The practices editors put forward, with a way into the whole repository. */
export function FeaturedPractices({ practices, locale, strings }: Props) {
  if (practices.length === 0) return null
  return (
    <section className="container" aria-labelledby="featured-heading">
      <h2 id="featured-heading">{strings.home.featuredHeading}</h2>
      <ul className="featured-practices">
        {practices.map((practice) => (
          <li key={practice.id}>
            <PracticeCard practice={practice} locale={locale} strings={strings.card} showImage />
          </li>
        ))}
      </ul>
      <p>
        <Link href={practicesPath(locale)} className="button" prefetch={false}>
          {strings.home.allPractices}
        </Link>
      </p>
    </section>
  )
}
