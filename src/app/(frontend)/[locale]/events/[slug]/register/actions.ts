'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'

import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'
import type { RegistrationFormState } from '@/lib/events/registration/form/formState'
import { registrationResultPath } from '@/lib/events/registration/form/result'
import { submitRegistration } from '@/lib/events/registration/form/submitRegistration'
import { readRegistrationValues } from '@/lib/events/registration/form/validate'
import { getPayloadClient } from '@/lib/payload'
import { clientIp } from '@/lib/security/clientIp'

const localeOf = (form: FormData): Locale => {
  const requested = form.get('locale')
  return typeof requested === 'string' && isLocale(requested) ? requested : defaultLocale
}

/**
 * The registration form's action. Without JavaScript Next.js runs it on the form's plain POST and
 * renders the page again with the returned state, or answers 303 to the result page.
 */
export async function registerAction(previous: RegistrationFormState, form: FormData): Promise<RegistrationFormState> {
  const locale = localeOf(form)
  const edition = form.get('edition')
  const editionSlug = typeof edition === 'string' ? edition.slice(0, 200) : ''
  const attempt = (Number.isSafeInteger(previous?.attempt) ? previous.attempt : 0) + 1
  const payload = await getPayloadClient()
  let outcome: Awaited<ReturnType<typeof submitRegistration>>
  try {
    outcome = await submitRegistration(payload, { editionSlug, form, locale, ip: clientIp(await headers()) })
  } catch (error) {
    payload.logger.error({ err: error }, 'a registration for an event could not be saved')
    return { values: readRegistrationValues(form), errors: {}, formError: { code: 'unexpected' }, attempt }
  }
  switch (outcome.status) {
    case 'done':
      redirect(registrationResultPath(locale, editionSlug, outcome.result))
    case 'invalid':
      return { values: outcome.values, errors: outcome.errors, formError: null, attempt }
    case 'closed':
      return { values: outcome.values, errors: {}, formError: { code: 'closed' }, attempt }
    case 'rateLimited':
      return { values: outcome.values, errors: {}, formError: { code: 'rateLimited', retryAfterMinutes: Math.ceil(outcome.retryAfterSeconds / 60) }, attempt }
  }
}
