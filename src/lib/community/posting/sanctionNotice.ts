import type { Locale } from '@/i18n/locales'
import type { Member } from '@/payload-types'
import { refusalMessage } from './messages'
import { Refusal } from './refusal'
import { assertNotSanctioned } from './rules'

/** Why a suspended or silenced member cannot post right now (shown instead of the forms), or null. */
export function sanctionNotice(member: Member, locale: Locale, now = new Date()): string | null {
  try {
    assertNotSanctioned(member, now, locale)
    return null
  } catch (error) {
    if (error instanceof Refusal) return refusalMessage(locale, error.code, error.vars)
    throw error
  }
}
