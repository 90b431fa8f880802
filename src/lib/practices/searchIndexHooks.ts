import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Payload, PayloadRequest } from 'payload'

import type { Practice } from '@/payload-types'
import { syncPracticeSearch, syncPracticesOfCity, syncPracticesOfCountry, syncPracticesOfTheme } from './searchIndex'

// The index follows every change, seeds included (they pass disableRevalidate, which is about
// caches, not data). Draft saves leave the live row as it was, so there is nothing to do.
export const indexPractice: CollectionAfterChangeHook<Practice> = async ({ doc, req, context }) => {
  if (context.practiceDraftSave) return doc
  await syncPracticeSearch(req.payload, doc.id, req)
  return doc
}

export const unindexDeletedPractice: CollectionAfterDeleteHook<Practice> = async ({ id, req }) => {
  await syncPracticeSearch(req.payload, id, req)
}

type Resync = (payload: Payload, id: number | string, req?: Partial<PayloadRequest>) => Promise<void>

/** Names, population, Mission status and regions of places and themes are indexed with each practice. */
function reindexPracticesOf(resync: Resync) {
  const afterChange: CollectionAfterChangeHook = async ({ doc, req }) => {
    await resync(req.payload, doc.id, req)
    return doc
  }
  const afterDelete: CollectionAfterDeleteHook = async ({ id, req }) => {
    await resync(req.payload, id, req)
  }
  return { afterChange, afterDelete }
}

export const reindexPracticesOfCity = reindexPracticesOf(syncPracticesOfCity)
export const reindexPracticesOfCountry = reindexPracticesOf(syncPracticesOfCountry)
export const reindexPracticesOfTheme = reindexPracticesOf(syncPracticesOfTheme)
