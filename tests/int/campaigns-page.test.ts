import type { Payload } from 'payload'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import sharp from 'sharp'

import { GET as previewGET } from '../../src/app/next/preview/route'
import { CtaBlock } from '@/blocks/Cta/Component'
import { FaqBlock } from '@/blocks/Faq/Component'
import { MediaBlock } from '@/blocks/MediaBlock/Component'
import { PartnerLogosBlock } from '@/blocks/PartnerLogos/Component'
import { findFeaturedPractices } from '@/lib/campaigns/featuredPractices'
import { findFundingHighlights } from '@/lib/campaigns/fundingHighlights'
import { readCampaign } from '@/lib/campaigns/getCampaign'
import { computeKeyFigures } from '@/lib/campaigns/keyFigures'
import { findCampaignsForSitemap, findCurrentCampaigns } from '@/lib/campaigns/listCampaigns'
import { renderShareImage } from '@/lib/campaigns/shareImage'
import type { KeyFiguresBlock } from '@/payload-types'
import { createCampaign, paragraphs, simpleLayout } from '../support/campaignFixtures'
import { createEdition } from '../support/eventFixtures'
import { createFundingAction } from '../support/fundingFixtures'
import { closePayload, getTestPayload } from '../support/payload'
import { createPlace, createPractice, uniqueSuffix } from '../support/practiceFixtures'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

afterAll(async () => {
  await closePayload(payload)
})

const days = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString()

describe('a campaign page’s data', () => {
  it('a draft is never given to the public, and is given in draft mode (staff preview)', async () => {
    const draft = await createCampaign(payload, { status: 'draft', layouts: { en: simpleLayout('Secret') } })
    expect(await readCampaign(payload, draft.slug, 'en')).toBeNull()
    const preview = await readCampaign(payload, draft.slug, 'en', true)
    expect(preview?.layout[0]).toMatchObject({ blockType: 'hero', heading: 'Secret hero' })
  })

  it('the preview route refuses a visitor who is not signed in as staff', async () => {
    const draft = await createCampaign(payload, { status: 'draft' })
    const response = await previewGET(new Request(`http://localhost/next/preview?collection=campaigns&slug=${draft.slug}&locale=en`))
    expect(response.status).toBe(401)
  })

  it('a published edit waiting as a draft stays off the public page until it is published', async () => {
    const campaign = await createCampaign(payload, { layouts: { en: simpleLayout('Live') } })
    await payload.update({
      collection: 'campaigns',
      id: campaign.id,
      draft: true,
      locale: 'en',
      overrideAccess: true,
      context: { disableRevalidate: true },
      data: { layout: simpleLayout('Unreleased') },
    })
    expect((await readCampaign(payload, campaign.slug, 'en'))?.layout[0]).toMatchObject({ heading: 'Live hero' })
    expect((await readCampaign(payload, campaign.slug, 'en', true))?.layout[0]).toMatchObject({ heading: 'Unreleased hero' })
  })

  it('a language without its own layout shows the English one and says so; one with its own does not', async () => {
    const campaign = await createCampaign(payload, {
      layouts: { en: simpleLayout('English'), pt: simpleLayout('Portuguese') },
      titles: { en: 'Cities act', pt: 'Cidades agem' },
    })
    const fr = await readCampaign(payload, campaign.slug, 'fr')
    expect(fr?.fallback).toBe(true)
    expect(fr?.layout[0]).toMatchObject({ heading: 'English hero' })
    expect(fr?.fallbackOf.title).toBe(true)
    const pt = await readCampaign(payload, campaign.slug, 'pt')
    expect(pt?.fallback).toBe(false)
    expect(pt?.title).toBe('Cidades agem')
    expect(pt?.layout[0]).toMatchObject({ heading: 'Portuguese hero' })
    expect((await readCampaign(payload, campaign.slug, 'en'))?.fallback).toBe(false)
  })

  it('an ended campaign is gone from its page, the list and the sitemap', async () => {
    const ended = await createCampaign(payload, { endsAt: new Date(Date.now() - 60_000).toISOString() })
    const running = await createCampaign(payload, { endsAt: days(30) })
    expect(await readCampaign(payload, ended.slug, 'en')).toBeNull()
    const list = (await findCurrentCampaigns(payload, 'en')).map((campaign) => campaign.slug)
    expect(list).toContain(running.slug)
    expect(list).not.toContain(ended.slug)
    const sitemap = (await findCampaignsForSitemap(payload)).map((entry) => entry.slug)
    expect(sitemap).toContain(running.slug)
    expect(sitemap).not.toContain(ended.slug)
  })

  it('the list of current campaigns leaves out drafts and campaigns that have not started; the sitemap leaves out noIndex ones', async () => {
    const draft = await createCampaign(payload, { status: 'draft' })
    const later = await createCampaign(payload, { startsAt: days(5) })
    const hidden = await createCampaign(payload, { meta: { noIndex: true } })
    const list = (await findCurrentCampaigns(payload, 'en')).map((campaign) => campaign.slug)
    expect(list).not.toContain(draft.slug)
    expect(list).not.toContain(later.slug)
    expect(list).toContain(hidden.slug)
    const sitemap = (await findCampaignsForSitemap(payload)).map((entry) => entry.slug)
    expect(sitemap).not.toContain(hidden.slug)
    expect(sitemap).not.toContain(draft.slug)
  })

  it('the sitemap lists a campaign in English and in the languages with a layout of their own only', async () => {
    const campaign = await createCampaign(payload, { layouts: { en: simpleLayout('English'), pt: simpleLayout('Portuguese') } })
    const entry = (await findCampaignsForSitemap(payload)).find((candidate) => candidate.slug === campaign.slug)
    expect(entry?.locales).toEqual(['en', 'pt'])
  })
})

describe('key figures', () => {
  it('equal what the database holds, and an unpublished practice or funding action changes nothing', async () => {
    const before = await computeKeyFigures(payload)

    const place = await createPlace(payload)
    await payload.update({ collection: 'cities', id: place.cityId, overrideAccess: true, data: { missionCity: true } })
    const first = await createPractice(payload, place, 'published', { impact: { emissionsReduced: 1200, verificationLevel: 'self_reported' } })
    const second = await createPractice(payload, place, 'published', { impact: { emissionsReduced: 300, verificationLevel: 'self_reported' } })
    const hidden = await createPractice(payload, place, 'approved', { impact: { emissionsReduced: 99_000, verificationLevel: 'self_reported' } })
    await createFundingAction(payload, { dates: { closesAt: days(60) } })
    await createFundingAction(payload, { dates: { closesAt: days(-2) } })
    await createFundingAction(payload, { dates: { closesAt: days(60) } }, { draft: true })

    const after = await computeKeyFigures(payload)
    expect(after.practices).toBe(before.practices + 2)
    expect(after.cities).toBe(before.cities + 1)
    expect(after.missionCities).toBe(before.missionCities + 1)
    expect(after.emissionsAll).toBe(before.emissionsAll + 1500)
    expect(after.fundingOpen).toBe(before.fundingOpen + 1)

    // The same figures, counted another way straight from the documents the public may read.
    const published = await payload.find({ collection: 'practices', overrideAccess: false, pagination: false, depth: 0, select: { impact: true } })
    expect(after.practices).toBe(published.docs.length)
    const total = published.docs.reduce((sum, doc) => sum + (doc.impact?.emissionsReduced ?? 0), 0)
    expect(after.emissionsAll).toBe(Math.round(total))

    // On a page: the featured practices' own emissions, drafts left out.
    const layout: NonNullable<Parameters<typeof createCampaign>[1]>['layouts'] = {
      en: [
        { blockType: 'featuredPractices', mode: 'manual', practices: [first.id, second.id, hidden.id], limit: 6 },
        { blockType: 'keyFigures', figures: [{ metric: 'emissionsFeatured' }, { metric: 'practices', label: 'Shared so far' }] },
      ],
    }
    const campaign = await createCampaign(payload, { layouts: layout })
    const view = await readCampaign(payload, campaign.slug, 'en')
    const figures = view?.layout.find((block) => block.blockType === 'keyFigures') as KeyFiguresBlock & { values: Array<{ metric: string; label: string | null; value: number }> }
    expect(figures.values).toEqual([
      { metric: 'emissionsFeatured', label: null, value: 1500 },
      { metric: 'practices', label: 'Shared so far', value: after.practices },
    ])
  })
})

describe('featured practices', () => {
  it('hand-picked: published ones only, in the editor’s order', async () => {
    const place = await createPlace(payload)
    const a = await createPractice(payload, place, 'published')
    const b = await createPractice(payload, place, 'published')
    const draft = await createPractice(payload, place, 'in_review')
    const cards = await findFeaturedPractices(payload, { mode: 'manual', practices: [b.id, draft.id, a.id], limit: 6 }, 'en')
    expect(cards.map((card) => card.slug)).toEqual([b.slug, a.slug])
  })

  it('a saved search applies its filters and its limit, and shows no unpublished practice', async () => {
    const place = await createPlace(payload)
    const other = await createPlace(payload)
    const theme = await payload.findByID({ collection: 'themes', id: place.themeId, overrideAccess: true })
    const published = [
      await createPractice(payload, place, 'published'),
      await createPractice(payload, place, 'published'),
      await createPractice(payload, place, 'published'),
    ]
    await createPractice(payload, place, 'approved')
    await createPractice(payload, other, 'published')

    const all = await findFeaturedPractices(payload, { mode: 'query', query: `theme=${theme.slug}`, limit: 12 }, 'en')
    expect(all.map((card) => card.slug).sort()).toEqual(published.map((practice) => practice.slug).sort())

    const limited = await findFeaturedPractices(payload, { mode: 'query', query: `https://gkec.example/en/practices?theme=${theme.slug}&sort=newest`, limit: 2 }, 'en')
    expect(limited).toHaveLength(2)
    for (const card of limited) expect(published.map((practice) => practice.slug)).toContain(card.slug)
  })
})

describe('funding highlights', () => {
  it('show only published actions open now, the next deadline first', async () => {
    const suffix = uniqueSuffix()
    const theme = await payload.create({ collection: 'themes', overrideAccess: true, data: { name: `Funding theme ${suffix}`, slug: `funding-theme-${suffix}`, kind: 'domain' } })
    const themes = [theme.id]
    const later = await createFundingAction(payload, { themes, dates: { closesAt: days(90) } })
    const sooner = await createFundingAction(payload, { themes, dates: { closesAt: days(10) } })
    const closed = await createFundingAction(payload, { themes, dates: { closesAt: days(-1) } })
    const draft = await createFundingAction(payload, { themes, dates: { closesAt: days(20) } }, { draft: true })

    const saved = await findFundingHighlights(payload, { mode: 'query', query: `theme=${theme.slug}&closed=1&sort=newest`, limit: 5 }, 'en')
    expect(saved.map((card) => card.slug)).toEqual([sooner.slug, later.slug])

    const limited = await findFundingHighlights(payload, { mode: 'query', query: `theme=${theme.slug}`, limit: 1 }, 'en')
    expect(limited.map((card) => card.slug)).toEqual([sooner.slug])

    const picked = await findFundingHighlights(payload, { mode: 'manual', actions: [closed.id, later.id, draft.id, sooner.id], limit: 5 }, 'en')
    expect(picked.map((card) => card.slug)).toEqual([later.slug, sooner.slug])
  })
})

describe('event teaser', () => {
  it('shows the chosen published edition, or the next one; never a draft', async () => {
    const edition = await createEdition(payload, {}, { startsAt: days(400), endsAt: days(401) })
    const draft = await createEdition(payload, {}, { _status: 'draft', startsAt: days(300), endsAt: days(301) })
    const campaign = await createCampaign(payload, {
      layouts: { en: [{ blockType: 'event', edition: edition.id }, { blockType: 'event', edition: draft.id }, { blockType: 'event' }] },
    })
    const view = await readCampaign(payload, campaign.slug, 'en')
    const teasers = (view?.layout ?? []).map((block) => (block.blockType === 'event' ? (block.upcoming?.slug ?? null) : undefined))
    expect(teasers[0]).toBe(edition.slug)
    expect(teasers[1]).toBeNull()
    expect(teasers[2]).not.toBe(draft.slug)
    expect(teasers[2]).not.toBeNull()
  })
})

describe('the share image', () => {
  it('is a 1200×630 PNG cropped from the hero image, or a plain branded one without a hero image', async () => {
    const red = await sharp({ create: { width: 1600, height: 1600, channels: 3, background: { r: 200, g: 20, b: 30 } } }).jpeg().toBuffer()
    const media = await payload.create({
      collection: 'media',
      overrideAccess: true,
      data: { alt: 'A red square', licence: 'cc0' },
      file: { data: red, mimetype: 'image/jpeg', name: `red-${uniqueSuffix()}.jpg`, size: red.length },
    })
    const campaign = await createCampaign(payload, { layouts: { en: [{ blockType: 'hero', heading: 'Red', image: media.id }] } })
    const view = await readCampaign(payload, campaign.slug, 'en')
    expect(view?.heroImage?.id).toBe(media.id)

    const image = await renderShareImage(payload, view?.heroImage ?? null)
    const meta = await sharp(image).metadata()
    expect(meta).toMatchObject({ format: 'png', width: 1200, height: 630 })
    const { data } = await sharp(image).extract({ left: 600, top: 300, width: 1, height: 1 }).raw().toBuffer({ resolveWithObject: true })
    expect(data[0]).toBeGreaterThan(180)
    expect(data[1]).toBeLessThan(50)

    const plain = await renderShareImage(payload, null)
    expect(await sharp(plain).metadata()).toMatchObject({ format: 'png', width: 1200, height: 630 })
    const pixel = (await sharp(plain).extract({ left: 600, top: 300, width: 1, height: 1 }).raw().toBuffer())
    expect([pixel[0], pixel[1], pixel[2]]).toEqual([0x0b, 0x3d, 0x2e])
  })
})

describe('blocks as a visitor gets them', () => {
  it('a video loads nothing from its provider: the page holds a link to the video that says it leaves GKEC, no player', () => {
    const html = renderToStaticMarkup(
      createElement(MediaBlock, { blockType: 'mediaBlock', kind: 'video', video: { provider: 'youtube', videoId: 'dQw4w9WgXcQ', title: 'Tram day' }, locale: 'en' }),
    )
    expect(html).not.toContain('<iframe')
    expect(html).not.toContain('youtube-nocookie')
    expect(html).toContain('href="https://www.youtube.com/watch?v=dQw4w9WgXcQ"')
    expect(html).toContain('Watch “Tram day” on YouTube (leaves GKEC)')
    const vimeo = renderToStaticMarkup(createElement(MediaBlock, { blockType: 'mediaBlock', kind: 'video', video: { provider: 'vimeo', videoId: '76979871' }, locale: 'fr' }))
    expect(vimeo).toContain('href="https://vimeo.com/76979871"')
    expect(vimeo).not.toContain('player.vimeo.com')
  })

  it('a call to action goes through the counting redirect, except in a staff preview', () => {
    const block = { blockType: 'cta' as const, id: 'block-1', heading: 'Act', link: { label: 'Go', url: 'https://example.org/join' } }
    const counted = renderToStaticMarkup(createElement(CtaBlock, { ...block, locale: 'en', campaign: { id: 7, slug: 'x' } }))
    expect(counted).toContain('href="/next/campaign-go?c=7&amp;b=block-1&amp;l=en"')
    const preview = renderToStaticMarkup(createElement(CtaBlock, { ...block, locale: 'en', campaign: { id: 7, slug: 'x' }, draft: true }))
    expect(preview).toContain('href="https://example.org/join"')
  })

  it('FAQ answers open without JavaScript, and partner logos are named by their partner and open no window reference', () => {
    const faq = renderToStaticMarkup(
      createElement(FaqBlock, { blockType: 'faq', id: 'f', items: [{ question: 'Who?', answer: paragraphs('Cities.') }], locale: 'en' }),
    )
    expect(faq).toMatch(/<details[^>]*><summary>Who\?<\/summary>/)
    const logo = { id: 1, url: '/media/logo.png', alt: 'ignored', mimeType: 'image/png', width: 200, height: 80, updatedAt: '', createdAt: '', licence: 'cc0' as const }
    const partners = renderToStaticMarkup(
      createElement(PartnerLogosBlock, { blockType: 'partners', id: 'p', logos: [{ name: 'City of Lyon', logo, url: 'https://lyon.example' }], locale: 'en' }),
    )
    expect(partners).toContain('alt="City of Lyon"')
    expect(partners).toContain('rel="noopener"')
  })
})
