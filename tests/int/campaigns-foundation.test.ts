import type { Payload } from 'payload'

import { createCampaign, createSubscriber, createNewsletterIssue, simpleLayout } from '../support/campaignFixtures'
import { closePayload, getTestPayload } from '../support/payload'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

afterAll(async () => {
  await closePayload(payload)
})

const publicRead = (id: number, locale: 'en' | 'fr' = 'en') =>
  payload.find({ collection: 'campaigns', where: { id: { equals: id } }, overrideAccess: false, user: null, locale }).then((result) => result.docs[0] ?? null)

async function unpublishJobs(campaignId: number) {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: 'schedulePublish' } },
        { completedAt: { exists: false } },
        { 'input.type': { equals: 'unpublish' } },
        { 'input.doc.value': { equals: campaignId } },
      ],
    },
    overrideAccess: true,
  })
  return docs
}

describe('campaigns: the schema', () => {
  it('the public reads published campaigns only, and none whose end has passed', async () => {
    const published = await createCampaign(payload)
    const draft = await createCampaign(payload, { status: 'draft' })
    const ended = await createCampaign(payload, { endsAt: new Date(Date.now() - 60_000).toISOString() })
    expect(await publicRead(published.id)).not.toBeNull()
    expect(await publicRead(draft.id)).toBeNull()
    expect(await publicRead(ended.id)).toBeNull()
  })

  it('a language without its own blocks falls back to the English layout', async () => {
    const campaign = await createCampaign(payload, { layouts: { en: simpleLayout('English'), pt: simpleLayout('Portuguese') } })
    const fr = await publicRead(campaign.id, 'fr')
    expect(fr?.layout?.[0]).toMatchObject({ blockType: 'hero', heading: 'English hero' })
    const own = await payload.findByID({ collection: 'campaigns', id: campaign.id, locale: 'pt', overrideAccess: true })
    expect(own.layout?.[0]).toMatchObject({ heading: 'Portuguese hero' })
    const strict = await payload.findByID({ collection: 'campaigns', id: campaign.id, locale: 'fr', fallbackLocale: false, overrideAccess: true })
    expect(strict.layout ?? []).toEqual([])
  })

  it('publishing a campaign with an end queues its unpublish at the end, once, and the job takes it offline', async () => {
    const endsAt = new Date(Date.now() + 3_600_000).toISOString()
    const campaign = await createCampaign(payload, { endsAt })
    const [job] = await unpublishJobs(campaign.id)
    expect(new Date(job.waitUntil as string).toISOString()).toBe(endsAt)

    // A staff member also schedules an unpublish by hand in the admin (the drawer records her).
    const byHandAt = new Date(Date.now() + 10_800_000).toISOString()
    const byHand = await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'unpublish', doc: { relationTo: 'campaigns', value: campaign.id }, user: { relationTo: 'users', value: 1 } } as never,
      waitUntil: new Date(byHandAt),
    })

    const later = new Date(Date.now() + 7_200_000).toISOString()
    await payload.update({ collection: 'campaigns', id: campaign.id, overrideAccess: true, context: { disableRevalidate: true }, data: { endsAt: later } })
    const all = await unpublishJobs(campaign.id)
    // The end moved: its job replaced; the hand-scheduled one untouched.
    expect(all.map((queued) => queued.id)).toContain(byHand.id)
    const jobs = all.filter((queued) => queued.id !== byHand.id)
    expect(jobs).toHaveLength(1)
    expect(new Date(jobs[0].waitUntil as string).toISOString()).toBe(later)
    await payload.delete({ collection: 'payload-jobs', id: byHand.id, overrideAccess: true })

    // The end arrives.
    await payload.update({ collection: 'payload-jobs', id: jobs[0].id, overrideAccess: true, data: { waitUntil: new Date(Date.now() - 1000).toISOString() } })
    await payload.jobs.run({ silent: true, where: { id: { equals: jobs[0].id } } })
    const after = await payload.findByID({ collection: 'campaigns', id: campaign.id, overrideAccess: true })
    expect(after._status).toBe('draft')
    expect(await publicRead(campaign.id)).toBeNull()
  })

  it('deleting a campaign, issue or subscriber takes its counters and deliveries with it', async () => {
    const campaign = await createCampaign(payload)
    await payload.create({ collection: 'campaign-metrics', overrideAccess: true, data: { campaign: campaign.id, day: '2026-11-29', locale: 'en', kind: 'view', target: '', count: 3 } })
    const issue = await createNewsletterIssue(payload)
    const subscriber = await createSubscriber(payload)
    await payload.create({ collection: 'newsletter-deliveries', overrideAccess: true, data: { issue: issue.id, subscriber: subscriber.id, email: subscriber.email, locale: 'en', batch: 0, status: 'sent' } })

    await payload.delete({ collection: 'campaigns', id: campaign.id, overrideAccess: true, context: { disableRevalidate: true } })
    await payload.delete({ collection: 'subscribers', id: subscriber.id, overrideAccess: true })
    const metrics = await payload.count({ collection: 'campaign-metrics', where: { campaign: { equals: campaign.id } }, overrideAccess: true })
    const deliveries = await payload.count({ collection: 'newsletter-deliveries', where: { issue: { equals: issue.id } }, overrideAccess: true })
    expect(metrics.totalDocs).toBe(0)
    expect(deliveries.totalDocs).toBe(0)
  })
})
