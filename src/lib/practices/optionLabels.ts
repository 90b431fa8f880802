import { IMPLEMENTATION_STATUSES } from '@/collections/Practices/fields/place'
import { VERIFICATION_LEVELS } from '@/fields/impact'
import type { Locale } from '@/i18n/locales'

type Option = { value: string; label: Record<Locale, string> }

function labelOf(options: readonly Option[], value: string | null, locale: Locale): string | null {
  if (!value) return null
  const option = options.find((candidate) => candidate.value === value)
  return option ? option.label[locale] ?? option.label.en : value
}

/** "Independently verified", in the visitor's language, from the field's own options. */
export function verificationLabel(value: string | null, locale: Locale): string | null {
  return labelOf(VERIFICATION_LEVELS, value, locale)
}

/** "Ongoing", in the visitor's language. */
export function implementationStatusLabel(value: string | null, locale: Locale): string | null {
  return labelOf(IMPLEMENTATION_STATUSES, value, locale)
}
