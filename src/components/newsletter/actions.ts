'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'

import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'
import { newsletterPath, preferencesPath } from '@/lib/newsletter/links'
import { confirmSubscription } from '@/lib/newsletter/subscribers/confirm'
import type { SignupFormState } from '@/lib/newsletter/subscribers/formState'
import { resubscribe, savePreferences } from '@/lib/newsletter/subscribers/preferences'
import { readSignupValues } from '@/lib/newsletter/subscribers/signupForm'
import { subscribeToNewsletter } from '@/lib/newsletter/subscribers/subscribe'
import { verifySubscriberToken } from '@/lib/newsletter/tokens'
import { getPayloadClient } from '@/lib/payload'
import { clientIp } from '@/lib/security/clientIp'

/** The language of the page the form was posted from. */
const pageLocaleOf = (form: FormData): Locale => {
  const requested = form.get('pageLocale')
  return typeof requested === 'string' && isLocale(requested) ? requested : defaultLocale
}

const tokenOf = (form: FormData): string | null => {
  const token = form.get('token')
  return typeof token === 'string' ? token.slice(0, 100) : null
}

/**
 * The sign-up form's action (the newsletter page and the campaign block). Without JavaScript Next.js
 * runs it on the form's plain POST and renders the page again with the returned state: the errors,
 * or "check your inbox". A cached campaign page stays cached: only this action touches the database.
 */
export async function signupAction(previous: SignupFormState, form: FormData): Promise<SignupFormState> {
  const attempt = (Number.isSafeInteger(previous?.attempt) ? previous.attempt : 0) + 1
  const payload = await getPayloadClient()
  try {
    const outcome = await subscribeToNewsletter(payload, { form, locale: pageLocaleOf(form), ip: clientIp(await headers()) })
    switch (outcome.status) {
      case 'accepted':
        return { values: { ...readSignupValues(form), email: '' }, errors: {}, formError: null, accepted: true, attempt }
      case 'invalid':
        return { values: outcome.values, errors: outcome.errors, formError: null, accepted: false, attempt }
      case 'rateLimited':
        return {
          values: outcome.values,
          errors: {},
          formError: { code: 'rateLimited', retryAfterMinutes: Math.ceil(outcome.retryAfterSeconds / 60) },
          accepted: false,
          attempt,
        }
    }
  } catch (error) {
    payload.logger.error({ err: error }, 'a newsletter sign-up could not be saved')
    return { values: readSignupValues(form), errors: {}, formError: { code: 'unexpected' }, accepted: false, attempt }
  }
}

/**
 * The confirmation page's button: confirms and leads to the subscriber's preferences; a link that
 * stopped working in the meantime leads back to the confirmation page, which then says why.
 */
export async function confirmAction(form: FormData): Promise<void> {
  const token = tokenOf(form)
  const outcome = await confirmSubscription(await getPayloadClient(), token)
  if (outcome.status === 'confirmed') redirect(`${preferencesPath(outcome.locale, outcome.subscriberId)}&confirmed=1`)
  redirect(`${newsletterPath(pageLocaleOf(form), 'confirm')}?token=${encodeURIComponent(token ?? '')}`)
}

/** The preference page's form: language and interests; back to the page (in the chosen language) saying so. */
export async function savePreferencesAction(form: FormData): Promise<void> {
  const token = tokenOf(form)
  const outcome = await savePreferences(await getPayloadClient(), { token, form })
  const back = (locale: Locale, flag: string) => `${newsletterPath(locale, 'preferences')}?token=${encodeURIComponent(token ?? '')}&${flag}`
  if (outcome.status === 'saved') redirect(back(outcome.locale, 'saved=1'))
  redirect(back(pageLocaleOf(form), outcome.status === 'invalid' ? `error=${Object.keys(outcome.errors)[0] ?? 'themes'}` : 'error=unknown'))
}

/** "Subscribe again" on the preference page: a new confirmation email, then the page saying so. */
export async function resubscribeAction(form: FormData): Promise<void> {
  const token = tokenOf(form)
  const locale = pageLocaleOf(form)
  const outcome = await resubscribe(await getPayloadClient(), { token, pageLocale: locale })
  const base = `${newsletterPath(locale, 'preferences')}?token=${encodeURIComponent(token ?? '')}`
  if (outcome.status === 'sent') redirect(`${base}&resubscribe=sent`)
  if (outcome.status === 'rateLimited') redirect(`${base}&error=rateLimited`)
  redirect(verifySubscriberToken(token) ? base : `${base}&error=unknown`)
}
