import type { Locale } from '@/i18n/locales'
import type { FundingStrings } from '@/i18n/strings/funding/en'
import type { CityOption } from '@/lib/funding/view/places'
import { fundingPath } from '@/lib/funding/view/searchUrl'

type Props = { cities: CityOption[]; locale: Locale; strings: FundingStrings }

/** "Is your city eligible?": a plain GET form to the funding search for one city (no JavaScript needed). */
export function CheckCityForm({ cities, locale, strings }: Props) {
  return (
    <form method="get" action={fundingPath(locale)} className="funding-check">
      <div className="funding-field">
        <label htmlFor="check-city">{strings.eligibility.city}</label>
        <select id="check-city" name="city" defaultValue="" required>
          <option value="">{strings.eligibility.chooseCity}</option>
          {cities.map((city) => (
            <option key={city.slug} value={city.slug}>
              {city.name}, {city.countryName}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button">
        {strings.action.check.button}
      </button>
    </form>
  )
}
