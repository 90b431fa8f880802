import { type APIRequestContext, expect, test } from '@playwright/test'

import { signedInAdmin } from '../support/e2e-admin'

/** Everything public a visitor could use to discover a practice. */
async function publicSightings(request: APIRequestContext, slug: string, word: string) {
  const [detail, search, sitemap, rest, graphql] = await Promise.all([
    request.get(`/en/practices/${slug}`),
    request.get(`/en/practices?q=${word}`),
    request.get('/sitemap.xml'),
    request.get(`/api/practices?where[slug][equals]=${slug}&draft=true`),
    request.post('/api/graphql', { data: { query: `{ Practices(draft: true, where: { slug: { equals: "${slug}" } }) { docs { title } } }` } }),
  ])
  return {
    detail: detail.status(),
    search: (await search.text()).includes(`/en/practices/${slug}`),
    sitemap: (await sitemap.text()).includes(slug),
    rest: ((await rest.json()) as { docs: unknown[] }).docs.length,
    graphql: JSON.stringify(await graphql.json()).includes(word),
  }
}

test('a practice reaches the public pages, search, sitemap and APIs only while it is published', async ({ request }) => {
  test.setTimeout(120_000)
  const admin = await signedInAdmin()
  const word = `zephyrine${Date.now().toString(36)}`
  const slug = `e2e-visibility-${word}`
  try {
    const city = (await (await admin.get('/api/cities?limit=1&depth=0')).json()) as { docs: Array<{ id: number }> }
    const theme = (await (await admin.get('/api/themes?limit=1&depth=0')).json()) as { docs: Array<{ id: number }> }
    const created = await admin.post('/api/practices?draft=true', {
      data: { title: `Secret plan ${word}`, slug, summary: `Not yet public ${word}`, leadCity: city.docs[0].id, themes: [theme.docs[0].id], _status: 'draft' },
    })
    expect(created.status(), await created.text()).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: number } }
    const hidden = { detail: 404, search: false, sitemap: false, rest: 0, graphql: false }

    expect(await publicSightings(request, slug, word)).toEqual(hidden)

    for (const to of ['approved', 'published']) {
      const moved = await admin.post(`/api/practices/${doc.id}/workflow`, { data: { to } })
      expect(moved.status(), await moved.text()).toBe(200)
    }
    await expect.poll(() => publicSightings(request, slug, word), { timeout: 30_000 }).toEqual({
      detail: 200,
      search: true,
      sitemap: true,
      rest: 1,
      graphql: true,
    })

    const archived = await admin.post(`/api/practices/${doc.id}/workflow`, { data: { to: 'archived', comment: 'Withdrawn by the city' } })
    expect(archived.status()).toBe(200)
    await expect.poll(() => publicSightings(request, slug, word), { timeout: 30_000 }).toEqual(hidden)
  } finally {
    await admin.dispose()
  }
})
