import { defaultLocale, isLocale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { alertsPath, managePath } from '@/lib/funding/alerts/links'
import { unsubscribeAlert } from '@/lib/funding/alerts/unsubscribe'
import { verifyAlertToken } from '@/lib/funding/alerts/tokens'
import { getPayloadClient } from '@/lib/payload'
import { noticeResponse } from '@/lib/submissions/noticeDocument'

type Context = { params: Promise<{ locale: string }> }

const privateHeaders = { 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex' }

/**
 * GET /{locale}/funding/alerts/unsubscribe?token=… — the unsubscribe link of every alert email.
 * A GET stops nothing (mail scanners follow links): it leads to the alert's page and its button.
 */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const requested = (await params).locale
  const locale = isLocale(requested) ? requested : defaultLocale
  const alertId = verifyAlertToken(new URL(request.url).searchParams.get('token'))
  const location = alertId ? managePath(locale, alertId) : `${alertsPath(locale, 'manage')}?token=`
  return new Response(null, { status: 303, headers: { Location: location, ...privateHeaders } })
}

/**
 * POST /{locale}/funding/alerts/unsubscribe?token=… — stops the alert. Mail clients post here for
 * the List-Unsubscribe-Post header (RFC 8058: body `List-Unsubscribe=One-Click`) and get a short
 * answer; the alert page's button gets its page back (303) saying it is done.
 */
export async function POST(request: Request, { params }: Context): Promise<Response> {
  const requested = (await params).locale
  const locale = isLocale(requested) ? requested : defaultLocale
  const body = await request.text().catch(() => '')
  const oneClick = new URLSearchParams(body.slice(0, 1000)).get('List-Unsubscribe') === 'One-Click'
  const outcome = await unsubscribeAlert(await getPayloadClient(), new URL(request.url).searchParams.get('token'))
  const { manage } = getStrings(locale).fundingAlerts
  if (outcome.status === 'invalid') {
    return noticeResponse({ locale, status: 400, heading: manage.invalidTitle, text: manage.invalidText, link: { href: alertsPath(locale), label: manage.subscribeAgain } })
  }
  if (oneClick) return new Response(manage.unsubscribed, { status: 200, headers: { 'Content-Type': 'text/plain; charset=utf-8', ...privateHeaders } })
  return new Response(null, { status: 303, headers: { Location: `${managePath(outcome.locale, outcome.alertId)}&unsubscribed=1`, ...privateHeaders } })
}
