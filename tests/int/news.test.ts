import { XMLParser, XMLValidator } from 'fast-xml-parser'
import type { Payload } from 'payload'

import { findNewsItem, findNewsList, NEWS_PAGE_SIZE } from '@/lib/news/findNews'
import { findNewsForSitemap } from '@/lib/news/sitemap'
import { siteUrl } from '@/lib/seo/siteUrl'
import type { News } from '@/payload-types'
import { GET as feedGET } from '../../src/app/(frontend)/[locale]/news/feed.xml/route'
import { createCampaign, createNewsItem, paragraphs } from '../support/campaignFixtures'
import { closePayload, getTestPayload } from '../support/payload'
import { createPlace, createPractice, createStaff, uniqueSuffix } from '../support/practiceFixtures'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

afterAll(async () => {
  await closePayload(payload)
})

type Entry = { id: string; title: string | { '#text': string }; link: { '@_href': string } | Array<{ '@_href': string }> }

// Entry titles are `type="html"`: a feed reader decodes the HTML once more to show the text.
const fromHtml = (html: string) => html.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name] as string)

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_' })

async function feed(locale: 'en' | 'fr' | 'de') {
  const response = await feedGET(new Request(`http://localhost/${locale}/news/feed.xml`), { params: Promise.resolve({ locale }) })
  return { response, text: await response.text() }
}

async function feedEntries(locale: 'en' | 'fr') {
  const { text } = await feed(locale)
  const parsed = parser.parse(text) as { feed: { title: string | { '#text': string }; entry?: Entry | Entry[] } }
  const entries = parsed.feed.entry === undefined ? [] : Array.isArray(parsed.feed.entry) ? parsed.feed.entry : [parsed.feed.entry]
  const textOf = (value: string | { '#text': string }) => (typeof value === 'string' ? value : value['#text'])
  return { feedTitle: textOf(parsed.feed.title), entries: entries.map((entry) => ({ id: entry.id, title: fromHtml(textOf(entry.title)), link: [entry.link].flat()[0]['@_href'] })) }
}

async function newCategory(title = 'Milestones') {
  const suffix = uniqueSuffix()
  return payload.create({ collection: 'news-categories', overrideAccess: true, locale: 'en', context: { disableRevalidate: true }, data: { title: `${title} ${suffix}`, slug: `category-${suffix}` } })
}

const listSlugs = async (category: string, locale: 'en' | 'fr' = 'en', page = 1) => (await findNewsList(payload, locale, { category, page })).items.map((item) => item.slug)

/** A draft whose publication Payload's own schedule-publish job will do later. */
async function scheduledNewsItem(category: number): Promise<{ item: News; jobId: number | string }> {
  const item = await createNewsItem(payload, { status: 'draft', categories: [category] })
  const job = await payload.jobs.queue({ task: 'schedulePublish', input: { type: 'publish', doc: { relationTo: 'news', value: item.id } }, waitUntil: new Date(Date.now() + 3_600_000) })
  return { item, jobId: job.id }
}

describe('news: what the public sees', () => {
  it('drafts and items scheduled for later are in no list, page, feed or sitemap until published', async () => {
    const category = await newCategory()
    const published = await createNewsItem(payload, { categories: [category.id] })
    const draft = await createNewsItem(payload, { status: 'draft', categories: [category.id] })
    const { item: scheduled, jobId } = await scheduledNewsItem(category.id)

    expect(await listSlugs(category.slug)).toEqual([published.slug])
    expect(await findNewsItem(payload, published.slug, 'en')).not.toBeNull()
    expect(await findNewsItem(payload, draft.slug, 'en')).toBeNull()
    expect(await findNewsItem(payload, scheduled.slug, 'en')).toBeNull()
    // Draft mode asked for by someone who is not staff gives nothing more.
    expect(await findNewsItem(payload, draft.slug, 'en', { draft: true })).toBeNull()
    const { entries } = await feedEntries('en')
    const links = entries.map((entry) => entry.link)
    expect(links).toContain(`${siteUrl()}/en/news/${published.slug}`)
    expect(links.some((link) => link.endsWith(draft.slug) || link.endsWith(scheduled.slug))).toBe(false)
    const sitemap = (await findNewsForSitemap(payload)).map((entry) => entry.slug)
    expect(sitemap).toContain(published.slug)
    expect(sitemap).not.toContain(draft.slug)
    expect(sitemap).not.toContain(scheduled.slug)

    // The scheduled time comes: Payload's job publishes it and it shows everywhere.
    await payload.update({ collection: 'payload-jobs', id: jobId, overrideAccess: true, data: { waitUntil: new Date(Date.now() - 1000).toISOString() } })
    await payload.jobs.run({ silent: true, where: { id: { equals: jobId } } })
    expect((await listSlugs(category.slug)).sort()).toEqual([published.slug, scheduled.slug].sort())
    expect((await findNewsItem(payload, scheduled.slug, 'en'))?.publishedAt).toEqual(expect.any(String))
    expect((await feedEntries('en')).entries.map((entry) => entry.link)).toContain(`${siteUrl()}/en/news/${scheduled.slug}`)
    expect((await findNewsForSitemap(payload)).map((entry) => entry.slug)).toContain(scheduled.slug)
  })

  it('staff preview shows the latest draft, marked as a draft', async () => {
    const draft = await createNewsItem(payload, { status: 'draft', title: 'A draft milestone' })
    const { user } = await createStaff(payload, 'communications')
    const preview = await findNewsItem(payload, draft.slug, 'en', { user, draft: true })
    expect(preview).toMatchObject({ title: 'A draft milestone', draft: true })
  })

  it('items marked noIndex are not in the sitemap but are on the site', async () => {
    const hidden = await createNewsItem(payload, { meta: { noIndex: true } })
    expect((await findNewsForSitemap(payload)).map((entry) => entry.slug)).not.toContain(hidden.slug)
    expect(await findNewsItem(payload, hidden.slug, 'en')).toMatchObject({ meta: { noIndex: true } })
  })

  it('the list is newest first, filtered by category, and paged', async () => {
    const category = await newCategory()
    const other = await newCategory('Stories')
    const day = (n: number) => new Date(Date.UTC(2026, 0, n)).toISOString()
    const items: News[] = []
    for (let n = 1; n <= NEWS_PAGE_SIZE + 2; n++) items.push(await createNewsItem(payload, { categories: [category.id], publishedAt: day(n) }))
    const elsewhere = await createNewsItem(payload, { categories: [other.id], publishedAt: day(28) })

    const first = await findNewsList(payload, 'en', { category: category.slug })
    expect(first.category?.slug).toBe(category.slug)
    expect(first.totalItems).toBe(NEWS_PAGE_SIZE + 2)
    expect(first.totalPages).toBe(2)
    expect(first.items.map((item) => item.slug)).toEqual(items.slice(2).reverse().map((item) => item.slug))
    expect(first.items[0].categories).toEqual([{ slug: category.slug, title: category.title }])
    expect(await listSlugs(category.slug, 'en', 2)).toEqual([items[1].slug, items[0].slug])
    expect(await listSlugs(other.slug)).toEqual([elsewhere.slug])
    expect(first.categories.map((candidate) => candidate.slug)).toEqual(expect.arrayContaining([category.slug, other.slug]))

    // An unknown category filters nothing (the page then sends the visitor to the plain list).
    const unknown = await findNewsList(payload, 'en', { category: 'no-such-category' })
    expect(unknown.category).toBeNull()
    expect(unknown.items.map((item) => item.slug)).toContain(elsewhere.slug)
  })
})

describe('news: languages', () => {
  it('an item without its own translation falls back to English and says so; a translated one does not', async () => {
    const english = await createNewsItem(payload, { title: 'Only in English' })
    const translated = await createNewsItem(payload, { title: 'In two languages' })
    await payload.update({
      collection: 'news',
      id: translated.id,
      locale: 'fr',
      overrideAccess: true,
      context: { disableRevalidate: true },
      data: { title: 'En deux langues', summary: 'Un résumé', body: paragraphs('Le texte') },
    })
    expect(await findNewsItem(payload, english.slug, 'fr')).toMatchObject({ title: 'Only in English', fallback: true })
    expect(await findNewsItem(payload, english.slug, 'en')).toMatchObject({ fallback: false })
    expect(await findNewsItem(payload, translated.slug, 'fr')).toMatchObject({ title: 'En deux langues', summary: 'Un résumé', fallback: false })
    // The sitemap lists each item in English and in the languages it has its own text in.
    const sitemap = await findNewsForSitemap(payload)
    expect(sitemap.find((entry) => entry.slug === english.slug)?.locales).toEqual(['en'])
    expect(sitemap.find((entry) => entry.slug === translated.slug)?.locales).toEqual(['en', 'fr'])
  })

  it('the feed is valid Atom in the locale’s language, with absolute links', async () => {
    const item = await createNewsItem(payload, { title: 'Copenhagen & Lyon: a <milestone>' })
    await payload.update({
      collection: 'news',
      id: item.id,
      locale: 'fr',
      overrideAccess: true,
      context: { disableRevalidate: true },
      data: { title: 'Copenhague et Lyon : une étape', summary: 'Résumé', body: paragraphs('Texte') },
    })
    const { response, text } = await feed('fr')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('application/atom+xml')
    expect(XMLValidator.validate(text)).toBe(true)
    const fr = await feedEntries('fr')
    expect(fr.feedTitle).toBe('Actualités et étapes clés du GKEC')
    expect(fr.entries).toContainEqual({ id: `${siteUrl()}/fr/news/${item.slug}`, title: 'Copenhague et Lyon : une étape', link: `${siteUrl()}/fr/news/${item.slug}` })
    for (const entry of fr.entries) expect(entry.link).toMatch(/^https?:\/\/[^/]+\/fr\/news\//)
    const en = await feedEntries('en')
    expect(en.entries.find((entry) => entry.link.endsWith(`/en/news/${item.slug}`))?.title).toBe('Copenhagen & Lyon: a <milestone>')
    expect((await feed('de')).response.status).toBe(404)
  })
})

describe('news: related content', () => {
  it('links only published practices and live campaigns; drafts are left out, even in staff preview', async () => {
    const place = await createPlace(payload)
    const publishedPractice = await createPractice(payload, place, 'published')
    const draftPractice = await createPractice(payload, place, 'in_review')
    const liveCampaign = await createCampaign(payload)
    const draftCampaign = await createCampaign(payload, { status: 'draft' })
    const city = await payload.findByID({ collection: 'cities', id: place.cityId, overrideAccess: true })
    const item = await createNewsItem(payload, {
      relatedPractices: [draftPractice.id, publishedPractice.id],
      relatedCities: [place.cityId],
      relatedCampaigns: [draftCampaign.id, liveCampaign.id],
    })
    const expected = {
      practices: [{ slug: publishedPractice.slug, title: publishedPractice.title }],
      cities: [{ slug: city.slug, title: city.name }],
      campaigns: [{ slug: liveCampaign.slug, title: liveCampaign.title }],
    }
    expect((await findNewsItem(payload, item.slug, 'en'))?.related).toEqual(expected)
    const { user } = await createStaff(payload, 'communications')
    expect((await findNewsItem(payload, item.slug, 'en', { user, draft: true }))?.related).toEqual(expected)
  })
})
