import type { Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { privateHeaders, unsubscribeRoutes } from '@/lib/email/unsubscribeRoutes'
import { newsletterPath } from '@/lib/newsletter/links'
import { unsubscribePagePath } from '@/lib/newsletter/subscribers/pages'
import { unsubscribeSubscriber } from '@/lib/newsletter/subscribers/unsubscribe'
import { verifySubscriberToken } from '@/lib/newsletter/tokens'
import { noticeResponse } from '@/lib/submissions/noticeDocument'

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
 * /{locale}/newsletter/unsubscribe?token=… — the List-Unsubscribe address of every newsletter: a GET
 * leads to the page with the button, a POST (the button, or a mail client's one-click) unsubscribes.
 */
const routes = unsubscribeRoutes({
  isSigned: (token) => verifySubscriberToken(token) !== null,
  unsubscribe: unsubscribeSubscriber,
  pagePath: unsubscribePagePath,
  invalid,
  doneText: (locale) => getStrings(locale).newsletter.unsubscribe.oneClickDone,
})

export const GET = routes.GET
export const POST = routes.POST
