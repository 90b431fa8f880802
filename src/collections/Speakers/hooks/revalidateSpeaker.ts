import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { revalidate } from '@/lib/cache/revalidate'
import { cacheTags } from '@/lib/cache/tags'
import type { Speaker } from '@/payload-types'

/**
 * A speaker shows on the programme, session and speaker pages of every edition she speaks at:
 * any change (her consent above all, given or withdrawn) refreshes them all.
 */
export const revalidateSpeaker: CollectionAfterChangeHook<Speaker> = ({ doc, context, req }) => {
  revalidate([cacheTags.eventSpeakers, cacheTags.sitemap], { context, req })
  return doc
}

export const revalidateDeletedSpeaker: CollectionAfterDeleteHook<Speaker> = ({ doc, context, req }) => {
  revalidate([cacheTags.eventSpeakers, cacheTags.sitemap], { context, req })
  return doc
}
