import Link from 'next/link'

import type { Locale } from '@/i18n/locales'
import type { FundingStrings } from '@/i18n/strings/funding/en'
import { fundingPath } from '@/lib/funding/view/searchUrl'

/** What to try when nothing matches. */
export function FundingNoResults({ locale, strings }: { locale: Locale; strings: FundingStrings['results'] }) {
  return (
    <div className="no-results">
      <h3>{strings.noResultsTitle}</h3>
      <ul>
        {strings.noResultsTips.map((tip) => (
          <li key={tip}>{tip}</li>
        ))}
      </ul>
      <p>
        <Link href={fundingPath(locale)} prefetch={false}>
          {strings.browseAll}
        </Link>
      </p>
    </div>
  )
}
