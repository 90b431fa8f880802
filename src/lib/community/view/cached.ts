import { unstable_cache } from 'next/cache'

import type { Locale } from '@/i18n/locales'
import { cacheTags } from '@/lib/cache/tags'
import { getPayloadClient } from '@/lib/payload'
import { listSpaces } from './spaces'
import { getThreadView } from './thread'
import { listThreads } from './threads'
import { ANONYMOUS, type CommunityViewer, type ThreadSort } from './types'

/**
 * What the public sees, cached until a post or space changes (the collections' hooks revalidate the
 * tags). Listings show listed threads only, so they are the same for every viewer; a signed-in
 * viewer's thread page (her own held posts, moderators' tools) is read fresh.
 */
export const cachedSpaces = (locale: Locale) =>
  unstable_cache(async () => listSpaces(await getPayloadClient(), locale), ['community-spaces', 'v1', locale], { tags: [cacheTags.community] })()

export const cachedThreads = (args: { space?: number; sort: ThreadSort; page: number; locale: Locale; limit?: number }) =>
  unstable_cache(async () => listThreads(await getPayloadClient(), args), ['community-threads', 'v1', JSON.stringify(args)], { tags: [cacheTags.community] })()

export async function threadFor(id: number, viewer: CommunityViewer, locale: Locale) {
  if (viewer.member || viewer.moderator) return getThreadView(await getPayloadClient(), id, viewer, locale)
  return unstable_cache(async () => getThreadView(await getPayloadClient(), id, ANONYMOUS, locale), ['community-thread', 'v2', String(id), locale], {
    tags: [cacheTags.community, cacheTags.communityThread(id), cacheTags.practices],
  })()
}
