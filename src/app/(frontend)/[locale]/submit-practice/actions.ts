'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'

import { defaultLocale, isLocale } from '@/i18n/locales'
import { getPayloadClient } from '@/lib/payload'
import { clientIp } from '@/lib/security/clientIp'
import type { SubmissionFormState } from '@/lib/submissions/formState'
import { readSubmissionValues } from '@/lib/submissions/submissionForm'
import { submitPractice } from '@/lib/submissions/submitPractice'

/**
 * The submission form's action. It works without JavaScript too: Next.js runs it on the form's
 * plain POST and renders the page again with the returned state (errors and the values typed),
 * or answers 303 to the "check your email" page.
 */
export async function submitPracticeAction(previous: SubmissionFormState, form: FormData): Promise<SubmissionFormState> {
  const requested = form.get('locale')
  const locale = typeof requested === 'string' && isLocale(requested) ? requested : defaultLocale
  const attempt = (Number.isSafeInteger(previous?.attempt) ? previous.attempt : 0) + 1
  const payload = await getPayloadClient()
  let outcome: Awaited<ReturnType<typeof submitPractice>>
  try {
    outcome = await submitPractice(payload, { form, locale, ip: clientIp(await headers()) })
  } catch (error) {
    payload.logger.error({ err: error }, 'a practice submission could not be saved')
    return { values: readSubmissionValues(form), errors: {}, formError: { code: 'unexpected' }, attempt }
  }
  switch (outcome.status) {
    case 'accepted':
      redirect(`/${locale}/submit-practice/check-email`)
    case 'invalid':
      return { values: outcome.values, errors: outcome.errors, formError: null, attempt }
    case 'rateLimited':
      return {
        values: outcome.values,
        errors: {},
        formError: { code: 'rateLimited', retryAfterMinutes: Math.ceil(outcome.retryAfterSeconds / 60) },
        attempt,
      }
  }
}
