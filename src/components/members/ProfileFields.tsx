import { CheckboxGroup, type FieldFrame, Select, TextArea, TextInput } from '@/components/submission/FormFields'
import type { MembersStrings } from '@/i18n/strings/members/en'
import type { ProfileChoices } from '@/lib/community/members/choices'
import type { MemberErrorCode, ProfileField, ProfileValues } from '@/lib/community/members/formState'
import { fill } from '@/lib/submissions/fill'
import { LanguageChoices } from './LanguageChoices'

type Props = {
  idPrefix: string
  values: ProfileValues
  errors: Partial<Record<ProfileField, MemberErrorCode>>
  choices: ProfileChoices
  strings: MembersStrings
  /** Sign-up shows the name field itself (before the email address). */
  withName?: boolean
}

export const profileFieldId = (prefix: string, field: string) => `${prefix}-${field}`

/**
 * The profile's fields, shared by the sign-up and account forms. The country is chosen in the GET
 * form above (so that the city list is that country's without JavaScript) and travels hidden.
 */
export function ProfileFields({ idPrefix, values, errors, choices, strings, withName = true }: Props) {
  const { fields, common, countryStep } = strings
  const frame = (field: ProfileField, label: string, hint?: string, optional = true): FieldFrame => ({
    id: profileFieldId(idPrefix, field),
    label,
    hint,
    error: errors[field] ? strings.errors[errors[field]] : undefined,
    errorPrefix: common.errorTitlePrefix,
    optionalLabel: optional ? common.optional : undefined,
  })
  const country = choices.country
  return (
    <>
      {withName ? <TextInput frame={frame('name', fields.name.label, fields.name.hint, false)} name="name" value={values.name} autoComplete="name" /> : null}
      <TextInput frame={frame('organisation', fields.organisation.label, fields.organisation.hint)} name="organisation" value={values.organisation} autoComplete="organization" />
      <Select frame={frame('role', fields.role.label)} name="role" value={values.role} choose={common.choose} options={choices.roles} />
      <input type="hidden" name="country" value={country?.code ?? ''} />
      {errors.country ? <p className="field__error" id={profileFieldId(idPrefix, 'country')}>{strings.errors[errors.country]}</p> : null}
      {country ? (
        <Select
          frame={frame('city', fields.city.label, fill(fields.city.hint, { country: country.name }))}
          name="city"
          value={values.city}
          choose={common.choose}
          options={country.cities}
        />
      ) : (
        <p className="members-form__note">{countryStep.none}</p>
      )}
      <LanguageChoices frame={frame('languages', fields.languages.label, fields.languages.hint)} values={values.languages} options={choices.languages} />
      <CheckboxGroup
        frame={frame('themes', fields.themes.label)}
        name="themes"
        values={values.themes}
        groups={[
          { heading: fields.themes.domains, options: choices.themes.filter((theme) => theme.kind === 'domain').map((theme) => ({ value: String(theme.id), label: theme.name })) },
          { heading: fields.themes.enablers, options: choices.themes.filter((theme) => theme.kind === 'enabler').map((theme) => ({ value: String(theme.id), label: theme.name })) },
        ]}
      />
      <TextArea frame={frame('bio', fields.bio.label, fields.bio.hint)} name="bio" value={values.bio} rows={4} />
      <Select frame={frame('locale', fields.locale.label, undefined, false)} name="locale" value={values.locale} choose={common.choose} options={choices.locales} />
    </>
  )
}
