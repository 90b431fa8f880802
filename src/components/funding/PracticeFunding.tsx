import Link from 'next/link'

import { interpolate } from '@/i18n/interpolate'
import type { Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import type { PracticeFundingView } from '@/lib/funding/view/practiceFunding'
import { CityFundingSection } from './CityFundingSection'

/** Below a practice: the funding actions that financed it, and the funding its lead city could use to replicate it. */
export function PracticeFunding({ funding, locale }: { funding: PracticeFundingView; locale: Locale }) {
  const strings = getStrings(locale).funding
  const { financedBy, forLeadCity } = funding
  if (financedBy.length === 0 && !forLeadCity) return null
  return (
    <div className="container">
      {financedBy.length > 0 && (
        <section className="funding-nearby" aria-labelledby="financed-by-heading" id="financed-by">
          <h2 id="financed-by-heading">{strings.financedBy.heading}</h2>
          <ul>
            {financedBy.map((action) => (
              <li key={action.slug}>
                <Link href={`/${locale}/funding/${action.slug}`} prefetch={false}>
                  {action.title}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {forLeadCity && (
        <CityFundingSection
          id="lead-city-funding"
          funding={forLeadCity}
          locale={locale}
          heading={strings.city.practiceHeading}
          intro={interpolate(forLeadCity.themed ? strings.city.practiceIntro : strings.city.intro, { city: forLeadCity.city.name })}
        />
      )}
    </div>
  )
}
