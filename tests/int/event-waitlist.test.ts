import type { Payload } from 'payload'

import { acceptOffer, cancelRegistration, lapseOffer, registrationByToken } from '@/lib/events/registration/manage'
import { register } from '@/lib/events/registration/register'
import { createEdition, registrant } from '../support/eventFixtures'
import { drainJobs } from '../support/jobs'
import { closePayload, getTestPayload } from '../support/payload'

let payload: Payload

beforeAll(async () => {
  // Deliveries stay in the outbox: the links are read from the messages as the registrant would.
  process.env.JOBS_AUTORUN = 'false'
  payload = await getTestPayload()
})

afterAll(async () => {
  // The e-mails left in the outbox are delivered (printed: no RESEND_API_KEY here), so the next file's job runs do not meet them.
  await drainJobs(payload)
  await closePayload(payload)
})

/** The management link's token in the latest e-mail to `email` of a kind (template). */
async function latestToken(email: string, template: string): Promise<string> {
  const { docs } = await payload.find({
    collection: 'email-deliveries',
    where: { and: [{ to: { contains: email } }, { template: { equals: template } }] },
    sort: '-createdAt',
    limit: 1,
    overrideAccess: true,
  })
  const token = docs[0]?.text?.match(/registration\?token=([A-Za-z0-9_-]+)/)?.[1]
  if (!token) throw new Error(`No ${template} e-mail with a link to ${email}`)
  return token
}

const statusOf = async (id: number) => (await payload.findByID({ collection: 'registrations', id, overrideAccess: true })).status
const templatesTo = async (email: string) =>
  (await payload.find({ collection: 'email-deliveries', where: { to: { contains: email } }, sort: 'createdAt', overrideAccess: true })).docs.map(
    (doc) => doc.template,
  )

async function fullEditionWithWaitlist() {
  const edition = await createEdition(payload, { inPerson: 1 })
  const [holder, first, second] = [registrant(), registrant(), registrant()]
  const outcomes = []
  for (const person of [holder, first, second]) outcomes.push(await register(payload, edition.slug, person))
  const ids = outcomes.map((outcome) => ('registrationId' in outcome ? outcome.registrationId : 0))
  return { edition, holder, first, second, ids }
}

describe('the waiting list', () => {
  it('offers a freed seat to the first person waiting, who accepts it through her link', async () => {
    const { holder, first, ids } = await fullEditionWithWaitlist()
    expect(await cancelRegistration(payload, await latestToken(holder.email, 'registration-confirmed'))).toMatchObject({ outcome: 'cancelled' })
    expect(await statusOf(ids[1])).toBe('offered')
    expect(await statusOf(ids[2])).toBe('waitlisted')
    expect(await templatesTo(first.email)).toEqual(['registration-waitlisted', 'registration-offered'])

    expect(await acceptOffer(payload, await latestToken(first.email, 'registration-offered'))).toMatchObject({ outcome: 'accepted' })
    expect(await statusOf(ids[1])).toBe('confirmed')
    expect(await templatesTo(holder.email)).toEqual(['registration-confirmed', 'registration-cancelled'])
  })

  it('writes the offer in the language of the person offered, not of the person who cancelled', async () => {
    const edition = await createEdition(payload, { inPerson: 1 })
    await payload.update({ collection: 'event-editions', id: edition.id, locale: 'fr', data: { title: `Rencontre mondiale ${edition.id}` }, overrideAccess: true })
    const [holder, waiting] = [registrant(), registrant({ locale: 'fr' })]
    await register(payload, edition.slug, holder)
    await register(payload, edition.slug, waiting)
    await cancelRegistration(payload, await latestToken(holder.email, 'registration-confirmed'))
    const { docs } = await payload.find({
      collection: 'email-deliveries',
      where: { and: [{ to: { contains: waiting.email } }, { template: { equals: 'registration-offered' } }] },
      overrideAccess: true,
    })
    expect(docs).toHaveLength(1)
    expect(docs[0].subject).toBe(`Une place à Rencontre mondiale ${edition.id} vous attend`)
  })

  it('passes a lapsed offer on to the next person, through the job scheduled with the offer', async () => {
    const { holder, first, second, ids } = await fullEditionWithWaitlist()
    await cancelRegistration(payload, await latestToken(holder.email, 'registration-confirmed'))
    const offered = await payload.findByID({ collection: 'registrations', id: ids[1], overrideAccess: true })
    const lapseJob = await payload.find({
      collection: 'payload-jobs',
      where: { and: [{ taskSlug: { equals: 'lapseEventOffer' } }, { 'input.registrationId': { equals: ids[1] } }] },
      overrideAccess: true,
    })
    expect(lapseJob.docs).toHaveLength(1)
    expect(new Date(lapseJob.docs[0].waitUntil!).toISOString()).toBe(new Date(offered.offerExpiresAt!).toISOString())
    // Before its time the job changes nothing; at its time the offer lapses and the next person is offered the seat.
    expect(await lapseOffer(payload, ids[1], new Date(Date.now() + 3_600_000))).toEqual({ outcome: 'not_due' })
    const afterExpiry = new Date(new Date(offered.offerExpiresAt!).getTime() + 1000)
    expect(await lapseOffer(payload, ids[1], afterExpiry)).toMatchObject({ outcome: 'lapsed' })
    expect(await statusOf(ids[1])).toBe('cancelled')
    expect(await statusOf(ids[2])).toBe('offered')
    expect(await templatesTo(first.email)).toEqual(['registration-waitlisted', 'registration-offered', 'registration-lapsed'])
    expect(await templatesTo(second.email)).toEqual(['registration-waitlisted', 'registration-offered'])
    // The lapsed offer's link no longer takes the seat; running the job again changes nothing.
    expect(await acceptOffer(payload, await latestToken(first.email, 'registration-offered'))).toEqual({ outcome: 'not_offered' })
    expect(await lapseOffer(payload, ids[1], afterExpiry)).toEqual({ outcome: 'not_offered' })
  })

  it('lets a link act on its own registration only; a forged or replaced link does nothing', async () => {
    const { edition, holder, first, ids } = await fullEditionWithWaitlist()
    const holderToken = await latestToken(holder.email, 'registration-confirmed')
    expect((await registrationByToken(payload, holderToken))?.id).toBe(ids[0])
    const forged = `${holderToken.slice(0, -1)}${holderToken.endsWith('A') ? 'B' : 'A'}`
    expect(await cancelRegistration(payload, forged)).toEqual({ outcome: 'invalid_token' })
    expect(await cancelRegistration(payload, 'not a token')).toEqual({ outcome: 'invalid_token' })
    expect(await acceptOffer(payload, await latestToken(first.email, 'registration-waitlisted'))).toEqual({ outcome: 'not_offered' })
    expect(await statusOf(ids[0])).toBe('confirmed')
    // Registering again sends a new link and revokes the old one.
    await register(payload, edition.slug, holder)
    expect(await cancelRegistration(payload, holderToken)).toEqual({ outcome: 'invalid_token' })
  })
})

