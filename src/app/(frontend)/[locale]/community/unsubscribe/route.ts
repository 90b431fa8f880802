import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { communityPath, notificationSettingsPath } from '@/lib/community/notifications/links'
import { unsubscribe } from '@/lib/community/notifications/unsubscribe'
import { verifyUnsubscribeToken } from '@/lib/community/notifications/tokens'
import { getPayloadClient } from '@/lib/payload'
import { noticeResponse } from '@/lib/submissions/noticeDocument'

type Context = { params: Promise<{ locale: string }> }

const privateHeaders = { 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex' }

const localeOf = async ({ params }: Context): Promise<Locale> => {
  const requested = (await params).locale
  return isLocale(requested) ? requested : defaultLocale
}

const invalid = (locale: Locale) => {
  const text = getStrings(locale).communityNotifications.unsubscribe
  return noticeResponse({ locale, status: 400, heading: text.invalidTitle, text: text.invalidText, link: { href: notificationSettingsPath(locale), label: text.settingsLink }, headers: privateHeaders })
}

const confirmPath = (locale: Locale, token: string, done = false) =>
  `${communityPath(locale, 'unsubscribe/confirm')}?token=${encodeURIComponent(token)}${done ? '&done=1' : ''}`

/**
 * GET /{locale}/community/unsubscribe?token=… — the unsubscribe link of every community email. A
 * GET stops nothing (mail scanners follow links): it leads to a page with one button. A token we
 * did not sign answers 400.
 */
export async function GET(request: Request, context: Context): Promise<Response> {
  const locale = await localeOf(context)
  const token = new URL(request.url).searchParams.get('token')
  if (!token || !verifyUnsubscribeToken(token)) return invalid(locale)
  return new Response(null, { status: 303, headers: { Location: confirmPath(locale, token), ...privateHeaders } })
}

/**
 * POST /{locale}/community/unsubscribe?token=… — unsubscribes. Mail clients post here for the
 * List-Unsubscribe-Post header (RFC 8058: body `List-Unsubscribe=One-Click`) and get a short 200;
 * the confirmation page's button gets the page back (303) saying it is done.
 */
export async function POST(request: Request, context: Context): Promise<Response> {
  const locale = await localeOf(context)
  const token = new URL(request.url).searchParams.get('token')
  const body = await request.text().catch(() => '')
  const oneClick = new URLSearchParams(body.slice(0, 1000)).get('List-Unsubscribe') === 'One-Click'
  const outcome = await unsubscribe(await getPayloadClient(), token)
  if (outcome.status === 'invalid' || !token) return invalid(locale)
  if (oneClick) {
    return new Response(getStrings(outcome.locale).communityNotifications.unsubscribe.oneClickDone, {
      status: 200,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', ...privateHeaders },
    })
  }
  return new Response(null, { status: 303, headers: { Location: confirmPath(locale, token, true), ...privateHeaders } })
}
