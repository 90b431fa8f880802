import { APIError, type CollectionAfterChangeHook, type CollectionBeforeDeleteHook } from 'payload'

import { revalidate } from '@/lib/cache/revalidate'
import { cacheTags } from '@/lib/cache/tags'
import { serverMessage } from '@/i18n/serverMessages'
import type { Rubric } from '@/payload-types'

/** Making a version current retires the one before it; the methodology page changes with it. */
export const oneCurrentRubric: CollectionAfterChangeHook<Rubric> = async ({ doc, previousDoc, req, context }) => {
  if (doc.status === 'current' && previousDoc?.status !== 'current') {
    await req.payload.update({
      collection: 'rubrics',
      where: { and: [{ status: { equals: 'current' } }, { id: { not_equals: doc.id } }] },
      data: { status: 'retired' },
      req,
      overrideAccess: true,
      context,
    })
  }
  if (doc.status !== 'draft' || previousDoc?.status !== 'draft') revalidate([cacheTags.methodology], { context, req })
  return doc
}

/** A version that evaluations were made under stays, so that their scores keep their meaning. */
export const refuseDeletingUsedRubric: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const { totalDocs } = await req.payload.count({ collection: 'evaluations', where: { rubric: { equals: id } }, req, overrideAccess: true })
  if (totalDocs > 0) throw new APIError(serverMessage(req, 'rubricInUse'), 400, null, true)
}
