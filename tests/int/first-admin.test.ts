import type { Payload } from 'payload'

import { closePayload } from '@/db/closePayload'
import { startIsolatedDatabase } from '../support/isolatedDatabase'

// An empty database of its own: nothing may import the Payload config before DATABASE_URL points at it.
let database: Awaited<ReturnType<typeof startIsolatedDatabase>>
let payload: Payload
let rest: typeof import('../support/rest').rest

beforeAll(async () => {
  database = await startIsolatedDatabase('first-admin')
  ;({ rest } = await import('../support/rest'))
  const { getTestPayload } = await import('../support/payload')
  payload = await getTestPayload()
}, 120_000)

afterAll(async () => {
  await closePayload(payload)
  await database.release()
})

describe('the first account on a new database', () => {
  it('is created through the admin’s first-register screen and becomes an admin, even when it asks for less', async () => {
    const response = await rest('POST', '/users/first-register', {
      json: { email: 'founder@example.org', password: 'a long enough password', name: 'Founder', roles: ['editor'] },
    })
    expect(response.status).toBe(200)
    const { docs } = await payload.find({ collection: 'users', overrideAccess: true })
    expect(docs).toHaveLength(1)
    expect(docs[0].roles).toEqual(['admin'])
  })

  it('a second first-register is refused, and a later account gets only the roles an admin gives', async () => {
    const again = await rest('POST', '/users/first-register', {
      json: { email: 'intruder@example.org', password: 'a long enough password', name: 'Intruder', roles: ['admin'] },
    })
    expect(again.status).toBe(403)
    const later = await payload.create({
      collection: 'users',
      overrideAccess: true,
      data: { email: 'second@example.org', password: 'a long enough password', name: 'Second', roles: ['events'] },
    })
    expect(later.roles).toEqual(['events'])
  })
})
