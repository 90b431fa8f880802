import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { newsletterPath } from '@/lib/newsletter/links'
import { unsubscribePagePath } from '@/lib/newsletter/subscribers/pages'
import { unsubscribeSubscriber } from '@/lib/newsletter/subscribers/unsubscribe'
import { verifySubscriberToken } from '@/lib/newsletter/tokens'
import { getPayloadClient } from '@/lib/payload'
import { noticeResponse } from '@/lib/submissions/noticeDocument'

type Context = { params: Promise<{ locale: string }> }

const privateHeaders = { 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex' }

const localeOf = async ({ params }: Context): Promise<Locale> => {
  const requested = (await params).locale
  return isLocale(requested) ? requested : defaultLocale
}

const invalid = (locale: Locale) => {
  const { unsubscribe } = getStrings(locale).newsletter
  return noticeResponse({
    locale,
    status: 400,
    heading: unsubscribe.invalidTitle,
    text: unsubscribe.invalidText,
    link: { href: newsletterPath(locale), label: unsubscribe.subscribeAgain },
    headers: privateHeaders,
  })
}

/**
 * GET /{locale}/newsletter/unsubscribe?token=… — the unsubscribe link of every newsletter. A GET
 * stops nothing (mail scanners follow links): it leads to a page with one button. A token we did
 * not sign answers 400.
 */
export async function GET(request: Request, context: Context): Promise<Response> {
  const locale = await localeOf(context)
  const token = new URL(request.url).searchParams.get('token')
  if (!token || !verifySubscriberToken(token)) return invalid(locale)
  return new Response(null, { status: 303, headers: { Location: unsubscribePagePath(locale, token), ...privateHeaders } })
}

/**
 * POST /{locale}/newsletter/unsubscribe?token=… — unsubscribes. Mail clients post here for the
 * List-Unsubscribe-Post header (RFC 8058: body `List-Unsubscribe=One-Click`, no cookie) and get a
 * short 200; the page's button gets the page back (303) saying it is done.
 */
export async function POST(request: Request, context: Context): Promise<Response> {
  const locale = await localeOf(context)
  const token = new URL(request.url).searchParams.get('token')
  const body = await request.text().catch(() => '')
  const oneClick = new URLSearchParams(body.slice(0, 1000)).get('List-Unsubscribe') === 'One-Click'
  const outcome = await unsubscribeSubscriber(await getPayloadClient(), token)
  if (outcome.status === 'invalid' || !token) return invalid(locale)
  if (oneClick) {
    return new Response(getStrings(outcome.locale).newsletter.unsubscribe.oneClickDone, {
      status: 200,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', ...privateHeaders },
    })
  }
  return new Response(null, { status: 303, headers: { Location: unsubscribePagePath(locale, token, true), ...privateHeaders } })
}
