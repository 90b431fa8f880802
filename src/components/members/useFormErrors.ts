import type { ErrorSummaryItem } from '@/components/submission/ErrorSummary'
import type { MembersStrings } from '@/i18n/strings/members/en'
import type { FormState } from '@/lib/community/members/formState'
import { fill } from '@/lib/submissions/fill'

/** The error summary's lines: the form's own problem first, then each field's, linked to it. */
export function summaryItems<F extends string>(state: FormState<unknown, F>, fields: readonly F[], strings: MembersStrings, fieldId: (field: F) => string): ErrorSummaryItem[] {
  const items: ErrorSummaryItem[] = []
  const formError = state.formError
  if (formError?.code === 'rateLimited') items.push({ message: fill(strings.errors.rateLimited, { minutes: formError.retryAfterMinutes }) })
  else if (formError) items.push({ message: strings.errors[formError.code] })
  for (const field of fields) {
    const code = state.errors[field]
    if (code) items.push({ message: strings.errors[code], href: `#${fieldId(field)}` })
  }
  return items
}
