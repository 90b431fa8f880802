import type { Payload } from 'payload'

import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'
import { getPayloadClient } from '@/lib/payload'

export type LocaleRouteContext = { params: Promise<{ locale: string }> }

/** Answers about one person's subscription: never cached, never indexed. */
export const privateHeaders = { 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex' }

export async function routeLocale({ params }: LocaleRouteContext): Promise<Locale> {
  const requested = (await params).locale
  return isLocale(requested) ? requested : defaultLocale
}

/** Whether a POST is a mail client's RFC 8058 one-click unsubscribe (body `List-Unsubscribe=One-Click`). */
export async function isOneClickPost(request: Request): Promise<boolean> {
  const body = await request.text().catch(() => '')
  return new URLSearchParams(body.slice(0, 1000)).get('List-Unsubscribe') === 'One-Click'
}

/** The short answer a mail client gets to its one-click POST. */
export const oneClickAnswer = (text: string): Response =>
  new Response(text, { status: 200, headers: { 'Content-Type': 'text/plain; charset=utf-8', ...privateHeaders } })

export const seeOther = (location: string): Response => new Response(null, { status: 303, headers: { Location: location, ...privateHeaders } })

type Outcome = { status: 'invalid' } | { status: string; locale: Locale }

/**
 * The GET and POST of an e-mail's `List-Unsubscribe` address. A GET stops nothing (mail scanners
 * follow links): it leads to a page with one button, or answers 400 to a token we did not sign. A
 * POST unsubscribes: mail clients' one-click POST gets a short 200, the page's button gets the page
 * back (303) saying it is done.
 */
export function unsubscribeRoutes(options: {
  isSigned: (token: string) => boolean
  unsubscribe: (payload: Payload, token: string | null) => Promise<Outcome>
  pagePath: (locale: Locale, token: string, done?: boolean) => string
  invalid: (locale: Locale) => Response
  doneText: (locale: Locale) => string
}) {
  return {
    async GET(request: Request, context: LocaleRouteContext): Promise<Response> {
      const locale = await routeLocale(context)
      const token = new URL(request.url).searchParams.get('token')
      if (!token || !options.isSigned(token)) return options.invalid(locale)
      return seeOther(options.pagePath(locale, token))
    },
    async POST(request: Request, context: LocaleRouteContext): Promise<Response> {
      const locale = await routeLocale(context)
      const token = new URL(request.url).searchParams.get('token')
      const oneClick = await isOneClickPost(request)
      const outcome = await options.unsubscribe(await getPayloadClient(), token)
      if (outcome.status === 'invalid' || !token || !('locale' in outcome)) return options.invalid(locale)
      if (oneClick) return oneClickAnswer(options.doneText(outcome.locale))
      return seeOther(options.pagePath(locale, token, true))
    },
  }
}
