import type { MembersStrings } from '@/i18n/strings/members/en'
import type { ProfileChoices } from '@/lib/community/members/choices'

type Props = { action: string; choices: ProfileChoices; strings: MembersStrings; idPrefix: string }

/**
 * Step one of the location: a GET form that reloads the page with `?country=XX`, so that the form
 * below offers that country's cities, without JavaScript.
 */
export function CountryStep({ action, choices, strings, idPrefix }: Props) {
  const { countryStep, fields, common } = strings
  const id = `${idPrefix}-country-step`
  return (
    <form className="members-country-step" method="get" action={action} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{countryStep.title}</h2>
      <p className="field__hint">{countryStep.lead}</p>
      {choices.country ? <p className="members-country-step__chosen">{countryStep.chosen.replace('{{country}}', choices.country.name)}</p> : null}
      <div className="members-country-step__row">
        <div className="field">
          <label className="field__label" htmlFor={id}>
            {fields.country.label}
            <span className="field__optional"> {common.optional}</span>
          </label>
          <select className="field__select" id={id} name="country" defaultValue={choices.country?.code ?? ''}>
            <option value="">{common.choose}</option>
            {choices.countries.map((country) => (
              <option key={country.value} value={country.value}>
                {country.label}
              </option>
            ))}
          </select>
        </div>
        <button className="button button--secondary" type="submit">
          {choices.country ? countryStep.change : countryStep.submit}
        </button>
      </div>
    </form>
  )
}
