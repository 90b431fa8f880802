import type { Locale } from '@/i18n/locales'
import type { FundingStrings } from '@/i18n/strings/funding/en'
import { APPLICANT_TYPES, keysOf, optionLabel } from '@/lib/funding/options'
import type { FundingSearchParams } from '@/lib/funding/params'
import type { CityOption, FundingPlaces } from '@/lib/funding/view/places'
import { fundingPath } from '@/lib/funding/view/searchUrl'
import { HiddenFilters } from './HiddenFilters'

type Props = { params: FundingSearchParams; places: FundingPlaces; locale: Locale; strings: FundingStrings['eligibility'] }

/** Cities grouped under their country, countries in name order. */
function byCountry(cities: CityOption[], locale: Locale): Array<[string, CityOption[]]> {
  const groups = new Map<string, CityOption[]>()
  for (const city of cities) groups.set(city.countryName, [...(groups.get(city.countryName) ?? []), city])
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b, locale))
}

function ApplicantSelect({ id, params, locale, strings }: { id: string; params: FundingSearchParams; locale: Locale; strings: Props['strings'] }) {
  const chosen = params.applicantTypes.length === 1 ? params.applicantTypes[0] : ''
  return (
    <div className="funding-field">
      <label htmlFor={id}>{strings.applicant}</label>
      <select id={id} name="applicant" defaultValue={chosen}>
        <option value="">{strings.anyApplicant}</option>
        {keysOf(APPLICANT_TYPES).map((type) => (
          <option key={type} value={type}>
            {optionLabel(APPLICANT_TYPES, type, locale)}
          </option>
        ))}
      </select>
    </div>
  )
}

/**
 * "What can my city apply for?": a city (or, in a second form, a country) and who would apply. Two
 * plain GET forms, so that each asks for one thing and neither needs JavaScript; both keep the
 * words and filters of the search in force.
 */
export function EligibilityForm({ params, places, locale, strings }: Props) {
  const action = fundingPath(locale)
  return (
    <section className="funding-eligibility" aria-labelledby="eligibility-heading">
      <h2 id="eligibility-heading">{strings.heading}</h2>
      <p>{strings.intro}</p>
      <form method="get" action={action} className="funding-eligibility__form">
        <div className="funding-field">
          <label htmlFor="eligibility-city">{strings.city}</label>
          <p id="eligibility-city-hint" className="funding-field__hint">
            {strings.cityHint}
          </p>
          <select id="eligibility-city" name="city" defaultValue={params.city ?? ''} aria-describedby="eligibility-city-hint">
            <option value="">{strings.chooseCity}</option>
            {byCountry(places.cities, locale).map(([country, cities]) => (
              <optgroup key={country} label={country}>
                {cities.map((city) => (
                  <option key={city.slug} value={city.slug}>
                    {city.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <ApplicantSelect id="eligibility-city-applicant" params={params} locale={locale} strings={strings} />
        <HiddenFilters params={params} keep={['words', 'facets']} />
        <button type="submit" className="button">
          {strings.button}
        </button>
      </form>
      <form method="get" action={action} className="funding-eligibility__form">
        <p className="funding-eligibility__or">{strings.orCountry}</p>
        <div className="funding-field">
          <label htmlFor="eligibility-country">{strings.country}</label>
          <select id="eligibility-country" name="country" defaultValue={params.country ?? ''}>
            <option value="">{strings.chooseCountry}</option>
            {places.countries.map((country) => (
              <option key={country.code} value={country.code}>
                {country.name}
              </option>
            ))}
          </select>
        </div>
        <ApplicantSelect id="eligibility-country-applicant" params={params} locale={locale} strings={strings} />
        <HiddenFilters params={params} keep={['words', 'facets']} />
        <button type="submit" className="button">
          {strings.button}
        </button>
      </form>
    </section>
  )
}
