import { Feed } from 'feed'
import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { siteUrl } from '@/lib/seo/siteUrl'
import type { FundingSearchParams } from '../params'
import { fundingActionUrl, fundingFeedLinks, fundingSearchUrl } from './links'
import { matchedActions } from './publishedActions'

/** The newest actions an Atom feed holds. */
export const ATOM_ENTRIES = 50

// The feed library writes titles and summaries as `type="html"`: plain text must be escaped first.
const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] as string)

/**
 * The newest published actions matching a search, as an Atom feed (RFC 4287): newest first, in the
 * locale's language, each entry's `updated` its last change and `published` its first publication.
 */
export async function newActionsFeed(payload: Payload, params: FundingSearchParams, locale: Locale, now = new Date()): Promise<string> {
  const { feeds } = getStrings(locale).fundingAlerts
  const { actions } = await matchedActions(payload, { ...params, sort: 'newest' }, locale, { now, limit: ATOM_ENTRIES })
  const links = fundingFeedLinks(locale, params)
  const updated = actions.reduce<Date | null>((latest, { action }) => {
    const at = new Date(action.updatedAt)
    return latest && latest > at ? latest : at
  }, null)
  const feed = new Feed({
    id: links.atom,
    title: feeds.atomTitle,
    description: feeds.atomSubtitle,
    link: fundingSearchUrl(locale, params),
    feedLinks: { atom: links.atom },
    updated: updated ?? now,
    copyright: feeds.rights,
    // Atom wants an author: the entries are GKEC's, whoever funds the action.
    author: { name: 'GKEC', link: siteUrl() },
    generator: 'GKEC',
  })
  for (const { match, action } of actions) {
    const url = fundingActionUrl(locale, match.slug)
    const published = action.publishedAt ?? match.publishedAt
    feed.addItem({
      id: url,
      link: url,
      title: escapeHtml(match.title),
      description: escapeHtml(action.summary),
      date: new Date(action.updatedAt),
      published: published ? new Date(published) : undefined,
    })
  }
  return feed.atom1()
}
