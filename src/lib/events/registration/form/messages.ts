import type { EventRegistrationStrings } from '@/i18n/strings/eventRegistration/en'
import type { RegistrationErrorCode, RegistrationField } from './formState'

/** A field's error in the visitor's language: the field's own wording for the problem, else the general one. */
export function registrationErrorMessage(strings: Pick<EventRegistrationStrings, 'errors'>, field: RegistrationField, code: RegistrationErrorCode): string {
  const own: Partial<Record<RegistrationErrorCode, string>> = strings.errors.fields[field]
  return own[code] ?? strings.errors.general[code]
}
