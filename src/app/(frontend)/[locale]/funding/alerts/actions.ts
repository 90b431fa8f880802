'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'

import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'
import { readAlertValues } from '@/lib/funding/alerts/alertForm'
import type { AlertFormState } from '@/lib/funding/alerts/alertFormState'
import { confirmAlert } from '@/lib/funding/alerts/confirm'
import { alertsPath, managePath } from '@/lib/funding/alerts/links'
import { subscribeToAlert } from '@/lib/funding/alerts/subscribe'
import { getPayloadClient } from '@/lib/payload'
import { clientIp } from '@/lib/security/clientIp'

const localeOf = (form: FormData): Locale => {
  const requested = form.get('locale')
  return typeof requested === 'string' && isLocale(requested) ? requested : defaultLocale
}

/**
 * The alert form's action. Without JavaScript Next.js runs it on the form's plain POST and renders
 * the page again with the returned state, or answers 303 to the "check your email" page.
 */
export async function subscribeAlertAction(previous: AlertFormState, form: FormData): Promise<AlertFormState> {
  const locale = localeOf(form)
  const attempt = (Number.isSafeInteger(previous?.attempt) ? previous.attempt : 0) + 1
  const payload = await getPayloadClient()
  let outcome: Awaited<ReturnType<typeof subscribeToAlert>>
  try {
    outcome = await subscribeToAlert(payload, { form, locale, ip: clientIp(await headers()) })
  } catch (error) {
    payload.logger.error({ err: error }, 'a funding alert could not be saved')
    return { values: readAlertValues(form), errors: {}, formError: { code: 'unexpected' }, attempt }
  }
  switch (outcome.status) {
    case 'accepted':
      redirect(alertsPath(locale, 'check-email'))
    case 'invalid':
      return { values: outcome.values, errors: outcome.errors, formError: null, attempt }
    case 'rateLimited':
      return { values: outcome.values, errors: {}, formError: { code: 'rateLimited', retryAfterMinutes: Math.ceil(outcome.retryAfterSeconds / 60) }, attempt }
  }
}

/**
 * The confirmation page's button: confirms the alert and leads to its page; a link that stopped
 * working in the meantime leads back to the confirmation page, which then says why.
 */
export async function confirmAlertAction(form: FormData): Promise<void> {
  const locale = localeOf(form)
  const token = form.get('token')
  const outcome = await confirmAlert(await getPayloadClient(), typeof token === 'string' ? token : null)
  if (outcome.status === 'confirmed') redirect(`${managePath(outcome.locale, outcome.alertId)}&confirmed=1`)
  redirect(`${alertsPath(locale, 'confirm')}?token=${encodeURIComponent(typeof token === 'string' ? token.slice(0, 100) : '')}`)
}
