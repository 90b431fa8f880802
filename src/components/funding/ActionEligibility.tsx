import Link from 'next/link'

import { formatNumber, interpolate } from '@/i18n/interpolate'
import type { Locale } from '@/i18n/locales'
import type { FundingStrings } from '@/i18n/strings/funding/en'
import { worldRegionName } from '@/lib/geography/regions'
import { APPLICANT_TYPES, COUNTRY_SCOPES, optionLabel } from '@/lib/funding/options'
import type { FundingActionView } from '@/lib/funding/view/actionView'

type Props = { eligibility: FundingActionView['eligibility']; locale: Locale; strings: FundingStrings['action']['eligibility'] }

/** Who may apply, in words: countries and regions, the country rule, applicant types, city size, other conditions. */
export function ActionEligibility({ eligibility, locale, strings }: Props) {
  const { countries, regions, countryScope, applicantTypes, minPopulation, notes } = eligibility
  const everywhere = countries.length === 0 && regions.length === 0
  return (
    <dl className="funding-facts">
      {everywhere && (
        <div>
          <dt>{strings.countries}</dt>
          <dd>{strings.everywhere}</dd>
        </div>
      )}
      {regions.length > 0 && (
        <div>
          <dt>{strings.regions}</dt>
          <dd>{regions.map((region) => worldRegionName(region, locale)).join(', ')}</dd>
        </div>
      )}
      {countries.length > 0 && (
        <div className="funding-facts__wide">
          <dt>{strings.countries}</dt>
          <dd>
            <ul className="funding-inline-list">
              {countries.map((country) => (
                <li key={country.slug}>
                  <Link href={`/${locale}/countries/${country.slug}`} prefetch={false}>
                    {country.name}
                  </Link>
                </li>
              ))}
            </ul>
          </dd>
        </div>
      )}
      {countryScope !== 'any' && (
        <div>
          <dt>{strings.countryRule}</dt>
          <dd>{optionLabel(COUNTRY_SCOPES, countryScope, locale)}</dd>
        </div>
      )}
      <div>
        <dt>{strings.applicantTypes}</dt>
        <dd>
          {applicantTypes.length === 0 ? strings.anyApplicant : applicantTypes.map((type) => optionLabel(APPLICANT_TYPES, type, locale)).join(', ')}
        </dd>
      </div>
      {minPopulation != null && (
        <div>
          <dt>{strings.minPopulation}</dt>
          <dd>{interpolate(strings.minPopulationValue, { population: formatNumber(minPopulation, locale) })}</dd>
        </div>
      )}
      {notes && (
        <div className="funding-facts__wide">
          <dt>{strings.notes}</dt>
          <dd className="preserve-lines">{notes}</dd>
        </div>
      )}
    </dl>
  )
}
