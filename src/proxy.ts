import { type NextRequest, NextResponse } from 'next/server'

import { negotiateLocale } from '@/i18n/negotiate'

/** `/` sends each visitor to their language, chosen from Accept-Language (English by default). */
export function proxy(request: NextRequest): NextResponse {
  const locale = negotiateLocale(request.headers.get('accept-language'))
  const response = NextResponse.redirect(new URL(`/${locale}`, request.url), 307)
  response.headers.set('Vary', 'Accept-Language')
  response.headers.set('Cache-Control', 'private, no-cache')
  return response
}

export const config = { matcher: '/' }
