import { interpolate } from '@/i18n/interpolate'
import type { Locale } from '@/i18n/locales'
import type { FundingStrings } from '@/i18n/strings/funding/en'
import { APPLICANT_TYPES, optionLabel } from '@/lib/funding/options'
import type { FundingSearchView } from '@/lib/funding/view/types'

type Props = { view: FundingSearchView; locale: Locale; strings: FundingStrings['eligibility'] }

/** Whom the list answers ("what Nairobi can apply for"), or that the address names a place we do not know. */
export function AskerNotice({ view, locale, strings }: Props) {
  if (view.unknownAsker) {
    const template = view.unknownAsker.kind === 'city' ? strings.unknownCity : strings.unknownCountry
    return (
      <p className="funding-notice funding-notice--warning" role="alert">
        {interpolate(template, { value: view.unknownAsker.value })}
      </p>
    )
  }
  const { asker } = view
  if (!asker) return null
  const place = asker.kind === 'city' ? `${asker.name}, ${asker.countryName}` : asker.name
  const text = asker.applicantType
    ? interpolate(strings.answerForType, { place, type: optionLabel(APPLICANT_TYPES, asker.applicantType, locale) })
    : interpolate(strings.answerFor, { place })
  return <p className="funding-notice">{text}</p>
}
