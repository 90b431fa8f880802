'use server'

import { redirect } from 'next/navigation'

import { defaultLocale, isLocale } from '@/i18n/locales'
import { acceptOffer, cancelRegistration, changeMode, pickSessions } from '@/lib/events/registration/manage'
import { managePath, type ManageNoticeState } from '@/lib/events/registration/page/manageLinks'
import { ATTENDANCE_MODES, type AttendanceMode } from '@/lib/events/options'
import { getPayloadClient } from '@/lib/payload'

/** The fields every form of the registration page carries: its language, the edition's address and the link's token. */
function readTarget(form: FormData) {
  const text = (name: string, max: number) => {
    const value = form.get(name)
    return typeof value === 'string' ? value.slice(0, max) : ''
  }
  const locale = text('locale', 10)
  return { locale: isLocale(locale) ? locale : defaultLocale, editionSlug: text('edition', 200), token: text('token', 100) }
}

const notice = (value: ManageNoticeState['notice'], extra: Partial<ManageNoticeState> = {}): ManageNoticeState => ({
  notice: value,
  mode: null,
  fullSessions: [],
  ...extra,
})

/**
 * Back to the registration page with what happened (303). A link that does not work leads to the
 * page as it is, which then answers 404 without saying why.
 */
function backTo(form: FormData, after: ManageNoticeState | null): never {
  const { locale, editionSlug, token } = readTarget(form)
  redirect(managePath(locale, editionSlug, token, after ?? undefined))
}

export async function cancelRegistrationAction(form: FormData): Promise<void> {
  const { outcome } = await cancelRegistration(await getPayloadClient(), readTarget(form).token)
  backTo(form, outcome === 'invalid_token' ? null : notice(outcome === 'cancelled' ? 'cancelled' : 'unchanged'))
}

export async function acceptOfferAction(form: FormData): Promise<void> {
  const { outcome } = await acceptOffer(await getPayloadClient(), readTarget(form).token)
  backTo(form, outcome === 'invalid_token' ? null : notice(outcome === 'accepted' ? 'accepted' : 'offerExpired'))
}

export async function changeModeAction(form: FormData): Promise<void> {
  const requested = form.get('mode')
  if (typeof requested !== 'string' || !(requested in ATTENDANCE_MODES)) backTo(form, notice('modeUnavailable'))
  const mode = requested as AttendanceMode
  const result = await changeMode(await getPayloadClient(), readTarget(form).token, mode)
  switch (result.outcome) {
    case 'invalid_token':
      backTo(form, null)
    case 'changed':
      backTo(form, notice('modeChanged', { mode }))
    case 'mode_full':
      backTo(form, notice('modeFull', { mode }))
    case 'mode_unavailable':
      backTo(form, notice('modeUnavailable'))
    case 'too_late':
      backTo(form, notice('tooLate'))
    case 'unchanged':
    case 'not_changeable':
      backTo(form, notice('unchanged'))
  }
}

export async function pickSessionsAction(form: FormData): Promise<void> {
  const ids = form
    .getAll('sessions')
    .filter((value): value is string => typeof value === 'string' && /^\d{1,9}$/.test(value))
    .slice(0, 200)
    .map(Number)
  const result = await pickSessions(await getPayloadClient(), readTarget(form).token, ids)
  switch (result.outcome) {
    case 'invalid_token':
      backTo(form, null)
    case 'picked':
      backTo(form, result.full.length ? notice('sessionsFull', { fullSessions: result.full }) : notice('sessionsSaved'))
    case 'unknown_session':
      backTo(form, notice('unknownSession'))
    case 'not_confirmed':
      backTo(form, notice('notConfirmed'))
    case 'too_late':
      backTo(form, notice('tooLate'))
  }
}
