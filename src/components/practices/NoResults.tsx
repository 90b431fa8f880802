import Link from 'next/link'

import type { Locale } from '@/i18n/locales'
import type { RepositoryStrings } from '@/i18n/strings/repository/en'
import { practicesPath } from '@/lib/practices/searchUrl'

type Props = { locale: Locale; strings: RepositoryStrings['results'] }

/** What to try when nothing matches. */
export function NoResults({ locale, strings }: Props) {
  return (
    <div className="no-results">
      <h3>{strings.noResultsTitle}</h3>
      <ul>
        {strings.noResultsTips.map((tip) => (
          <li key={tip}>{tip}</li>
        ))}
      </ul>
      <p>
        <Link href={practicesPath(locale)} prefetch={false}>
          {strings.browseAll}
        </Link>
      </p>
    </div>
  )
}
