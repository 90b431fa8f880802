import type { CollectionAfterChangeHook } from 'payload'

import type { Campaign } from '@/payload-types'

/**
 * When a campaign with an end in the future is published (or its end moves), queue Payload's own
 * `schedulePublish` task to unpublish it at the end, replacing an earlier end it queued (not an
 * unpublish scheduled by hand in the admin). The task
 * saves the campaign as a draft, which revalidates its page like any unpublish.
 */
export const scheduleCampaignEnd: CollectionAfterChangeHook<Campaign> = async ({ doc, previousDoc, req, operation }) => {
  if (operation !== 'update' && operation !== 'create') return doc
  if (doc._status !== 'published') return doc
  const endChanged = doc.endsAt !== previousDoc?.endsAt || previousDoc?._status !== 'published'
  if (!endChanged) return doc

  const pending = await req.payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: 'schedulePublish' } },
        { completedAt: { exists: false } },
        { processing: { equals: false } },
        { 'input.type': { equals: 'unpublish' } },
        { 'input.doc.relationTo': { equals: 'campaigns' } },
        { 'input.doc.value': { equals: doc.id } },
      ],
    },
    overrideAccess: true,
    depth: 0,
    pagination: false,
    req,
  })
  // Only the end this hook queued (no user): an unpublish a staff member scheduled in the admin's
  // Schedule Publish drawer carries her as `input.user` and stays.
  for (const job of pending.docs.filter((queued) => !(queued.input as { user?: unknown } | null)?.user)) {
    await req.payload.delete({ collection: 'payload-jobs', id: job.id, overrideAccess: true, req })
  }
  if (!doc.endsAt || new Date(doc.endsAt).getTime() <= Date.now()) return doc
  await req.payload.jobs.queue({
    task: 'schedulePublish',
    input: { type: 'unpublish', doc: { relationTo: 'campaigns', value: doc.id } },
    waitUntil: new Date(doc.endsAt),
    req,
  })
  return doc
}
