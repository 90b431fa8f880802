import { CheckboxGroup, type FieldFrame, Select } from '@/components/submission/FormFields'
import type { NewsletterStrings } from '@/i18n/strings/newsletter/en'
import type { InterestChoices } from '@/lib/newsletter/subscribers/options'

export type { InterestChoices }

type Props = {
  choices: InterestChoices
  values: { language: string; themes: string[]; regions: string[] }
  frames: { language: FieldFrame; themes: FieldFrame; regions: FieldFrame }
  strings: Pick<NewsletterStrings['signup'], 'language' | 'themes' | 'regions'>
}

/** Language and interests, as the sign-up form and the preference page ask for them. */
export function InterestFields({ choices, values, frames, strings }: Props) {
  const themeGroups = [
    { heading: strings.themes.domains, options: choices.themes.filter((theme) => theme.kind === 'domain') },
    { heading: strings.themes.enablers, options: choices.themes.filter((theme) => theme.kind === 'enabler') },
  ]
    .filter((group) => group.options.length > 0)
    .map((group) => ({ heading: group.heading, options: group.options.map((theme) => ({ value: String(theme.id), label: theme.name })) }))
  return (
    <>
      <Select frame={frames.language} name="language" value={values.language} choose={strings.language.choose} options={choices.languages} />
      {themeGroups.length > 0 ? (
        <CheckboxGroup frame={frames.themes} name="themes" values={values.themes} groups={themeGroups} />
      ) : null}
      <CheckboxGroup frame={frames.regions} name="regions" values={values.regions} groups={[{ heading: strings.regions.heading, options: choices.regions }]} />
    </>
  )
}
