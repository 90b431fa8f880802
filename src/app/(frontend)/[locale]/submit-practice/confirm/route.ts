import type { NextRequest } from 'next/server'

import { defaultLocale, isLocale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { getPayloadClient } from '@/lib/payload'
import { confirmSubmission } from '@/lib/submissions/confirmSubmission'
import { statusPath } from '@/lib/submissions/links'
import { noticeResponse } from '@/lib/submissions/noticeDocument'

type Context = { params: Promise<{ locale: string }> }

/**
 * GET /{locale}/submit-practice/confirm?token=…, the link in the confirmation email. A working link
 * leads (303) to the private status page; a broken one answers 400, an expired one (or one whose
 * submission was deleted) 410, each with a page that says what to do.
 */
export async function GET(request: NextRequest, { params }: Context): Promise<Response> {
  const requested = (await params).locale
  const locale = isLocale(requested) ? requested : defaultLocale
  const outcome = await confirmSubmission(await getPayloadClient(), request.nextUrl.searchParams.get('token'))
  if (outcome.status === 'confirmed') {
    return new Response(null, {
      status: 303,
      headers: { Location: `${statusPath(locale, outcome.practiceId)}?confirmed=1`, 'Cache-Control': 'private, no-store' },
    })
  }
  const { confirm } = getStrings(locale).submission
  const again = { href: `/${locale}/submit-practice`, label: confirm.submitAgain }
  if (outcome.status === 'invalid') {
    return noticeResponse({ locale, status: 400, heading: confirm.invalidTitle, text: confirm.invalidText, link: again })
  }
  const gone = outcome.status === 'gone'
  return noticeResponse({
    locale,
    status: 410,
    heading: gone ? confirm.notFoundTitle : confirm.expiredTitle,
    text: gone ? confirm.notFoundText : confirm.expiredText,
    link: again,
  })
}
