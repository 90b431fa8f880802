import { getStrings } from '@/i18n/strings'
import { isOneClickPost, type LocaleRouteContext, oneClickAnswer, routeLocale, seeOther } from '@/lib/email/unsubscribeRoutes'
import { alertsPath, managePath } from '@/lib/funding/alerts/links'
import { unsubscribeAlert } from '@/lib/funding/alerts/unsubscribe'
import { verifyAlertToken } from '@/lib/funding/alerts/tokens'
import { getPayloadClient } from '@/lib/payload'
import { noticeResponse } from '@/lib/submissions/noticeDocument'

/**
 * GET /{locale}/funding/alerts/unsubscribe?token=… — the unsubscribe link of every alert email.
 * A GET stops nothing (mail scanners follow links): it leads to the alert's page and its button.
 */
export async function GET(request: Request, context: LocaleRouteContext): Promise<Response> {
  const locale = await routeLocale(context)
  const alertId = verifyAlertToken(new URL(request.url).searchParams.get('token'))
  const location = alertId ? managePath(locale, alertId) : `${alertsPath(locale, 'manage')}?token=`
  return seeOther(location)
}

/**
 * POST /{locale}/funding/alerts/unsubscribe?token=… — stops the alert. Mail clients post here for
 * the List-Unsubscribe-Post header (RFC 8058: body `List-Unsubscribe=One-Click`) and get a short
 * answer; the alert page's button gets its page back (303) saying it is done.
 */
export async function POST(request: Request, context: LocaleRouteContext): Promise<Response> {
  const locale = await routeLocale(context)
  const oneClick = await isOneClickPost(request)
  const outcome = await unsubscribeAlert(await getPayloadClient(), new URL(request.url).searchParams.get('token'))
  const { manage } = getStrings(locale).fundingAlerts
  if (outcome.status === 'invalid') {
    return noticeResponse({ locale, status: 400, heading: manage.invalidTitle, text: manage.invalidText, link: { href: alertsPath(locale), label: manage.subscribeAgain } })
  }
  if (oneClick) return oneClickAnswer(manage.unsubscribed)
  return seeOther(`${managePath(outcome.locale, outcome.alertId)}&unsubscribed=1`)
}
