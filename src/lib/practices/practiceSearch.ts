import { unstable_cache } from 'next/cache'
import { cache } from 'react'

import type { Locale } from '@/i18n/locales'
import { cacheTags } from '@/lib/cache/tags'
import { parsePracticeSearchParams, type PracticeSearchResult, searchPractices } from './search'
import { EMPTY_SEARCH } from './searchUrl'

const tags = [cacheTags.practices, cacheTags.geography, cacheTags.themes]

/**
 * The plain repository (no query, no filter, first page) is what most visitors and the home page's
 * map ask for: it is kept in the data cache until a practice, a place or a theme changes. Other
 * searches are not cached: there are too many of them, and they are fast.
 */
const plainSearch = (locale: Locale) =>
  unstable_cache(() => searchPractices(EMPTY_SEARCH, locale), ['practices-plain-search', locale], { tags })()

/**
 * The search behind an address of /{locale}/practices, given its canonical query string ('' or
 * '?…', see `searchQueryString`). Shared by the page and its metadata within one request.
 */
export const getPracticeSearch = cache(async (query: string, locale: Locale): Promise<PracticeSearchResult> => {
  if (!query) return plainSearch(locale)
  return searchPractices(parsePracticeSearchParams(new URLSearchParams(query)), locale)
})
