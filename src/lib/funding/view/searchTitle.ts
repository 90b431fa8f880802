import { interpolate } from '@/i18n/interpolate'
import type { Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import type { FundingSearchView } from './types'

/** The page title of a search: its words, else whom it answers, else the plain title; later pages say which. */
export function fundingSearchTitle(view: FundingSearchView, locale: Locale): string {
  const strings = getStrings(locale).funding
  const { params, asker } = view
  const title = params.q
    ? interpolate(strings.meta.searchTitle, { q: params.q })
    : asker
      ? interpolate(strings.meta.placeTitle, { place: asker.name })
      : strings.title
  return params.page > 1 ? `${title} — ${interpolate(strings.meta.pageSuffix, { page: params.page }, locale)}` : title
}
