import type { Payload } from 'payload'

import { campaignMetricsReport, campaignChoices } from '@/lib/campaigns/metrics/report'
import { campaignCtaPath, campaignViewPixelPath } from '@/lib/campaigns/metrics/links'
import { recordCampaignMetric } from '@/lib/campaigns/metrics/record'
import { siteUrl } from '@/lib/seo/siteUrl'
import type { Campaign } from '@/payload-types'
import { GET as goGET } from '../../src/app/next/campaign-go/route'
import { GET as viewGET } from '../../src/app/next/campaign-view/route'
import { createCampaign, paragraphs, type CampaignLayout } from '../support/campaignFixtures'
import { createMember, memberToken } from '../support/communityFixtures'
import { closePayload, getTestPayload } from '../support/payload'
import { createStaff } from '../support/practiceFixtures'
import { rest } from '../support/rest'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

afterAll(async () => {
  await closePayload(payload)
})

const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36'
const GOOGLEBOT = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)'

const request = (path: string, headers: Record<string, string> = {}) => new Request(`http://localhost${path}`, { headers: { 'User-Agent': BROWSER, ...headers } })
const view = (path: string, headers?: Record<string, string>) => viewGET(request(path, headers))
const go = (path: string, headers?: Record<string, string>) => goGET(request(path, headers))

async function counted(campaignId: number, kind: 'view' | 'signup' | 'cta', where: { locale?: string; target?: string } = {}): Promise<number> {
  const { docs } = await payload.find({
    collection: 'campaign-metrics',
    where: {
      and: [
        { campaign: { equals: campaignId } },
        { kind: { equals: kind } },
        ...(where.locale ? [{ locale: { equals: where.locale } }] : []),
        ...(where.target !== undefined ? [{ target: { equals: where.target } }] : []),
      ],
    },
    overrideAccess: true,
    pagination: false,
  })
  return docs.reduce((sum, doc) => sum + Number(doc.count), 0)
}

const linkLayout = (words: string, url: string): CampaignLayout => [
  { blockType: 'hero', heading: `${words} hero`, link: { label: `${words} hero button`, url: '/en/funding' } },
  { blockType: 'richText', body: paragraphs(`${words} body`) },
  { blockType: 'cta', heading: `${words} act`, link: { label: `${words} go`, url } },
]

/** The campaign as stored in one language (the fixture returns the last language it wrote). */
const inLocale = (campaign: Campaign, locale: 'en' | 'fr' | 'pt') => payload.findByID({ collection: 'campaigns', id: campaign.id, locale, draft: true, overrideAccess: true })

const blockIds = (campaign: Campaign) => {
  const layout = campaign.layout ?? []
  const id = (type: string) => layout.find((block) => block.blockType === type)?.id as string
  return { hero: id('hero'), cta: id('cta'), richText: id('richText') }
}

describe('campaign views: a cookie-less pixel', () => {
  it('counts a view for the day and language, answers a no-store GIF and sets no cookie', async () => {
    const campaign = await createCampaign(payload)
    const response = await view(campaignViewPixelPath(campaign.id, 'fr'))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/gif')
    expect(response.headers.get('cache-control')).toContain('no-store')
    expect(response.headers.get('set-cookie')).toBeNull()
    expect(Buffer.from(await response.arrayBuffer()).subarray(0, 6).toString('latin1')).toBe('GIF89a')
    expect(await counted(campaign.id, 'view', { locale: 'fr' })).toBe(1)
    expect(await counted(campaign.id, 'view', { locale: 'en' })).toBe(0)

    const { docs } = await payload.find({ collection: 'campaign-metrics', where: { campaign: { equals: campaign.id } }, overrideAccess: true })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ day: new Date().toISOString().slice(0, 10), locale: 'fr', kind: 'view', target: '', count: 1 })
    // Only the counter: no column could hold an address or a browser.
    expect(Object.keys(docs[0]).sort()).toEqual(['campaign', 'count', 'createdAt', 'day', 'id', 'kind', 'locale', 'target', 'updatedAt'])
  })

  it('20 parallel views count 20', async () => {
    const campaign = await createCampaign(payload)
    const responses = await Promise.all(Array.from({ length: 20 }, () => view(campaignViewPixelPath(campaign.id, 'en'))))
    expect(responses.every((response) => response.status === 200)).toBe(true)
    expect(await counted(campaign.id, 'view', { locale: 'en' })).toBe(20)
  })

  it('a draft, an ended or an unknown campaign counts nothing (the pixel is still served)', async () => {
    const draft = await createCampaign(payload, { status: 'draft' })
    const ended = await createCampaign(payload, { endsAt: new Date(Date.now() - 60_000).toISOString() })
    for (const campaign of [draft, ended]) {
      const response = await view(campaignViewPixelPath(campaign.id, 'en'))
      expect(response.status).toBe(200)
      expect(await counted(campaign.id, 'view')).toBe(0)
    }
    expect((await view(campaignViewPixelPath(2_000_000_000, 'en'))).status).toBe(200)
    const rows = await payload.count({ collection: 'campaign-metrics', where: { campaign: { equals: 2_000_000_000 } }, overrideAccess: true })
    expect(rows.totalDocs).toBe(0)
  })

  it('crawlers, prefetches and requests without a browser count nothing', async () => {
    const campaign = await createCampaign(payload)
    const path = campaignViewPixelPath(campaign.id, 'en')
    await view(path, { 'User-Agent': GOOGLEBOT })
    await view(path, { 'Sec-Purpose': 'prefetch;prerender' })
    await view(path, { Purpose: 'prefetch' })
    await viewGET(new Request(`http://localhost${path}`))
    expect(await counted(campaign.id, 'view')).toBe(0)
  })

  it('a view with a campaign or language that is not valid is a 400', async () => {
    const campaign = await createCampaign(payload)
    for (const query of ['', `?c=${campaign.id}`, `?c=abc&l=en`, `?c=-3&l=en`, `?c=${campaign.id}&l=de`, `?c=1.5&l=en`]) {
      expect((await view(`/next/campaign-view${query}`)).status).toBe(400)
    }
    expect(await counted(campaign.id, 'view')).toBe(0)
  })
})

describe('campaign calls to action: counted redirects', () => {
  it('an https target gets the campaign’s UTM defaults (without overriding its own) and the click counts once, by block', async () => {
    const campaign = await createCampaign(payload, {
      layouts: { en: linkLayout('English', 'https://example.org/apply?utm_medium=partner&x=1') },
      utm: { source: 'gkec', medium: 'campaign', campaign: '' },
    })
    const { cta } = blockIds(campaign)
    const response = await go(campaignCtaPath(campaign.id, cta, 'en'))
    expect(response.status).toBe(303)
    expect(response.headers.get('set-cookie')).toBeNull()
    expect(response.headers.get('cache-control')).toContain('no-store')
    const location = new URL(response.headers.get('location') as string)
    expect(`${location.origin}${location.pathname}`).toBe('https://example.org/apply')
    expect(Object.fromEntries(location.searchParams)).toEqual({ x: '1', utm_medium: 'partner', utm_source: 'gkec', utm_campaign: campaign.slug })
    expect(await counted(campaign.id, 'cta', { target: cta })).toBe(1)
    expect(await counted(campaign.id, 'view')).toBe(0)
  })

  it('a site path goes to our own origin, with no UTM; the hero’s button counts too', async () => {
    const campaign = await createCampaign(payload, { layouts: { en: linkLayout('English', '/en/practices?theme=mobility') } })
    const { cta, hero } = blockIds(campaign)
    const response = await go(campaignCtaPath(campaign.id, cta, 'en'))
    expect(response.headers.get('location')).toBe(`${siteUrl()}/en/practices?theme=mobility`)
    const heroResponse = await go(campaignCtaPath(campaign.id, hero, 'en'))
    expect(heroResponse.headers.get('location')).toBe(`${siteUrl()}/en/funding`)
    expect(await counted(campaign.id, 'cta', { target: cta })).toBe(1)
    expect(await counted(campaign.id, 'cta', { target: hero })).toBe(1)
  })

  it('a language without its own blocks uses the English block; a language with its own uses its own', async () => {
    const campaign = await createCampaign(payload, {
      layouts: { en: linkLayout('English', 'https://example.org/en'), pt: linkLayout('Portuguese', 'https://example.org/pt') },
    })
    const english = blockIds(await inLocale(campaign, 'en'))
    const fr = await go(campaignCtaPath(campaign.id, english.cta, 'fr'))
    expect(fr.status).toBe(303)
    expect(new URL(fr.headers.get('location') as string).pathname).toBe('/en')
    expect(await counted(campaign.id, 'cta', { locale: 'fr', target: english.cta })).toBe(1)
    // The English block is not part of the Portuguese page.
    expect((await go(campaignCtaPath(campaign.id, english.cta, 'pt'))).status).toBe(404)
    const pt = await inLocale(campaign, 'pt')
    const ptResponse = await go(campaignCtaPath(campaign.id, blockIds(pt).cta, 'pt'))
    expect(new URL(ptResponse.headers.get('location') as string).pathname).toBe('/pt')
  })

  it('an unknown block, a block without a link, a draft or ended campaign is a 404 and never a redirect', async () => {
    const campaign = await createCampaign(payload, { layouts: { en: linkLayout('English', 'https://example.org/') } })
    const { richText } = blockIds(campaign)
    const unknown = await go(`/next/campaign-go?c=${campaign.id}&b=000000000000000000000000&l=en&url=https://evil.example`)
    expect(unknown.status).toBe(404)
    expect(unknown.headers.get('location')).toBeNull()
    expect((await go(campaignCtaPath(campaign.id, richText, 'en'))).status).toBe(404)

    for (const other of [await createCampaign(payload, { status: 'draft', layouts: { en: linkLayout('Draft', 'https://example.org/') } }), await createCampaign(payload, { endsAt: new Date(Date.now() - 60_000).toISOString(), layouts: { en: linkLayout('Ended', 'https://example.org/') } })]) {
      const response = await go(campaignCtaPath(other.id, blockIds(await inLocale(other, 'en')).cta, 'en'))
      expect(response.status).toBe(404)
      expect(response.headers.get('location')).toBeNull()
      expect(await counted(other.id, 'cta')).toBe(0)
    }
    expect(await counted(campaign.id, 'cta')).toBe(0)
  })

  it('a `b` or `c` that is not valid is a 400', async () => {
    const campaign = await createCampaign(payload, { layouts: { en: linkLayout('English', 'https://example.org/') } })
    const { cta } = blockIds(campaign)
    for (const query of [`?c=${campaign.id}&l=en`, `?c=${campaign.id}&b=a%20b&l=en`, `?c=${campaign.id}&b=${'x'.repeat(65)}&l=en`, `?c=x&b=${cta}&l=en`, `?b=${cta}&l=en`, `?c=${campaign.id}&b=${cta}&l=xx`]) {
      const response = await go(`/next/campaign-go${query}`)
      expect(response.status).toBe(400)
      expect(response.headers.get('location')).toBeNull()
    }
  })

  it('a crawler following the link is sent on but not counted', async () => {
    const campaign = await createCampaign(payload, { layouts: { en: linkLayout('English', 'https://example.org/') } })
    const response = await go(campaignCtaPath(campaign.id, blockIds(campaign).cta, 'en'), { 'User-Agent': GOOGLEBOT })
    expect(response.status).toBe(303)
    expect(await counted(campaign.id, 'cta')).toBe(0)
  })
})

describe('campaign metrics: sign-ups and who reads them', () => {
  it('a sign-up recorded by the service increments its counter', async () => {
    const campaign = await createCampaign(payload)
    await recordCampaignMetric(payload, { campaignId: campaign.id, locale: 'es', kind: 'signup' })
    await recordCampaignMetric(payload, { campaignId: campaign.id, locale: 'es', kind: 'signup' })
    expect(await counted(campaign.id, 'signup', { locale: 'es' })).toBe(2)
  })

  it('anonymous visitors, members and other staff cannot read metrics through the API; communications staff can', async () => {
    const campaign = await createCampaign(payload)
    await recordCampaignMetric(payload, { campaignId: campaign.id, locale: 'en', kind: 'view' })
    const path = `/campaign-metrics?where[campaign][equals]=${campaign.id}`
    // On a fresh database the first staff account becomes an admin: that one is made first.
    const { token: adminToken } = await createStaff(payload, 'admin')
    const member = await createMember(payload)
    const readers: Array<[string, string | undefined]> = [['anonymous', undefined], ['member', await memberToken(payload, member)]]
    for (const role of ['editor', 'evaluator', 'events', 'moderator'] as const) readers.push([role, (await createStaff(payload, role)).token])
    for (const [reader, token] of readers) {
      const response = await rest('GET', path, { token })
      const body = (await response.json()) as { docs?: unknown[] }
      expect({ reader, status: response.status, docs: body.docs ?? [] }).toEqual({ reader, status: 403, docs: [] })
    }
    const { token } = await createStaff(payload, 'communications')
    const response = await rest('GET', path, { token })
    expect(response.status).toBe(200)
    expect(((await response.json()) as { docs: Array<{ count: number }> }).docs).toEqual([expect.objectContaining({ kind: 'view', count: 1 })])
    expect((await rest('GET', path, { token: adminToken })).status).toBe(200)
    // Nobody writes counters through the API, not even communications staff.
    const create = await rest('POST', '/campaign-metrics', { token, json: { campaign: campaign.id, day: '2026-01-01', locale: 'en', kind: 'view', count: 1000 } })
    expect(create.status).toBe(403)
  })

  it('the admin report gives views per day and language, sign-ups, and clicks per call to action with its label', async () => {
    const campaign = await createCampaign(payload, {
      layouts: { en: linkLayout('English', 'https://example.org/en'), fr: linkLayout('French', 'https://example.org/fr') },
    })
    const fr = await inLocale(campaign, 'fr')
    const en = await inLocale(campaign, 'en')
    const now = new Date('2026-11-20T12:00:00.000Z')
    const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000)
    const record = (locale: 'en' | 'fr', kind: 'view' | 'signup' | 'cta', at: Date, target?: string) => recordCampaignMetric(payload, { campaignId: campaign.id, locale, kind, at, target })
    await record('en', 'view', now)
    await record('en', 'view', now)
    await record('fr', 'view', now)
    await record('fr', 'view', daysAgo(3))
    await record('en', 'view', daysAgo(40))
    await record('fr', 'signup', daysAgo(3))
    await record('en', 'cta', now, blockIds(en).cta)
    await record('fr', 'cta', daysAgo(1), blockIds(fr).cta)
    await record('fr', 'cta', now, blockIds(fr).cta)

    const { user } = await createStaff(payload, 'communications')
    const report = await campaignMetricsReport(payload, user, campaign.id, 30, now)
    expect(report?.from).toBe('2026-10-22')
    expect(report?.to).toBe('2026-11-20')
    expect(report?.days).toHaveLength(30)
    expect(report?.days.at(-1)).toMatchObject({ day: '2026-11-20', views: 3, viewsByLocale: { en: 2, fr: 1, es: 0, pt: 0 }, clicks: 2, signups: 0 })
    expect(report?.days.find((day) => day.day === '2026-11-17')).toMatchObject({ views: 1, signups: 1 })
    expect(report?.totals).toMatchObject({ views: 4, signups: 1, clicks: 3, viewsByLocale: { en: 2, fr: 2 }, signupsByLocale: { fr: 1 } })
    expect(report?.clicks).toEqual([
      { target: blockIds(fr).cta, label: 'French go', locales: ['fr'], clicks: 2 },
      { target: blockIds(en).cta, label: 'English go', locales: ['en'], clicks: 1 },
    ])
    const longer = await campaignMetricsReport(payload, user, campaign.id, 90, now)
    expect(longer?.totals.views).toBe(5)

    const { user: editor } = await createStaff(payload, 'editor')
    await expect(campaignMetricsReport(payload, editor, campaign.id, 30, now)).rejects.toThrow(/communications/)
    await expect(campaignChoices(payload, editor)).rejects.toThrow(/communications/)
    expect((await campaignChoices(payload, user)).map((choice) => choice.id)).toContain(campaign.id)
  })
})
