import type { Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { communityPath, notificationSettingsPath } from '@/lib/community/notifications/links'
import { unsubscribe } from '@/lib/community/notifications/unsubscribe'
import { verifyUnsubscribeToken } from '@/lib/community/notifications/tokens'
import { privateHeaders, unsubscribeRoutes } from '@/lib/email/unsubscribeRoutes'
import { noticeResponse } from '@/lib/submissions/noticeDocument'

const invalid = (locale: Locale) => {
  const text = getStrings(locale).communityNotifications.unsubscribe
  return noticeResponse({ locale, status: 400, heading: text.invalidTitle, text: text.invalidText, link: { href: notificationSettingsPath(locale), label: text.settingsLink }, headers: privateHeaders })
}

const confirmPath = (locale: Locale, token: string, done = false) =>
  `${communityPath(locale, 'unsubscribe/confirm')}?token=${encodeURIComponent(token)}${done ? '&done=1' : ''}`

/**
 * /{locale}/community/unsubscribe?token=… — the List-Unsubscribe address of every community e-mail:
 * a GET leads to the page with the button, a POST (the button, or a mail client's one-click)
 * unsubscribes from all community e-mail or from the one follow the token names.
 */
const routes = unsubscribeRoutes({
  isSigned: (token) => verifyUnsubscribeToken(token) !== null,
  unsubscribe,
  pagePath: confirmPath,
  invalid,
  doneText: (locale) => getStrings(locale).communityNotifications.unsubscribe.oneClickDone,
})

export const GET = routes.GET
export const POST = routes.POST
