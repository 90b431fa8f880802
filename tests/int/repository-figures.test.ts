import type { Payload } from 'payload'

import { countRepositoryFigures } from '@/lib/practices/figures'
import { closePayload, getTestPayload } from '../support/payload'
import { createPlace, createPractice } from '../support/practiceFixtures'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

afterAll(async () => {
  await closePayload(payload)
})

describe('the home page’s headline figures', () => {
  it('count published practices and their cities, and nothing that is not public', async () => {
    const before = await countRepositoryFigures(payload)

    const published = await createPlace(payload)
    await createPractice(payload, published, 'published')
    await createPractice(payload, published, 'published')
    const unpublished = await createPlace(payload)
    for (const state of ['submitted', 'in_review', 'approved'] as const) await createPractice(payload, unpublished, state)

    const after = await countRepositoryFigures(payload)
    expect(after.practices).toBe(before.practices + 2)
    expect(after.cities).toBe(before.cities + 1)
    expect(after.countries).toBeGreaterThanOrEqual(1)
    expect(after.countries).toBeLessThanOrEqual(before.countries + 1)
  })
})
