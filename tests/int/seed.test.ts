import type { Payload } from 'payload'

import { DEMO_ADMIN_EMAIL, seed } from '@/seed'
import { closePayload, getTestPayload } from '../support/payload'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

afterAll(async () => {
  await closePayload(payload)
})

async function snapshot() {
  const [pages, admins, header, footer] = await Promise.all([
    payload.find({ collection: 'pages', locale: 'all', limit: 100, overrideAccess: true, draft: true, depth: 0 }),
    payload.find({ collection: 'users', where: { email: { equals: DEMO_ADMIN_EMAIL } }, overrideAccess: true }),
    payload.findGlobal({ slug: 'header', locale: 'all', overrideAccess: true, depth: 0 }),
    payload.findGlobal({ slug: 'footer', locale: 'all', overrideAccess: true, depth: 0 }),
  ])
  return { pages: pages.docs, admins: admins.docs, header, footer }
}

describe('npm run seed', () => {
  it('creates the globals and, with --demo, demo pages in every language and one admin; a second run changes nothing', async () => {
    await seed(payload, { demo: true })
    const first = await snapshot()
    expect(first.admins).toHaveLength(1)
    expect(first.admins[0].roles).toEqual(['admin'])
    const about = first.pages.find((page) => page.slug === 'about')
    expect(about?._status).toBe('published')
    expect(Object.keys(about?.title as unknown as Record<string, string>).sort()).toEqual(['en', 'es', 'fr', 'pt'])
    expect(first.header.navigation?.length).toBeGreaterThan(0)
    // The community guidelines, linked from the sign-up form, exist in every language.
    const guidelines = first.pages.find((page) => page.slug === 'community-guidelines')
    expect(guidelines?._status).toBe('published')
    expect(guidelines?.title).toEqual({ en: 'Community guidelines', fr: 'Charte de la communauté', es: 'Normas de la comunidad', pt: 'Regras da comunidade' })
    // every language keeps its own text in the page's blocks
    const [block] = (about?.layout ?? []) as unknown as Array<{ body: Record<string, unknown> }>
    expect(Object.keys(block.body).sort()).toEqual(['en', 'es', 'fr', 'pt'])
    expect(JSON.stringify(block.body.fr)).toContain('Centre mondial d’échange de connaissances')

    await seed(payload, { demo: true })
    expect(await snapshot()).toEqual(first)
    // The demo seeds 42 practices with their evaluations, twice: minutes on a loaded 2-core machine.
  }, 300_000)
})
