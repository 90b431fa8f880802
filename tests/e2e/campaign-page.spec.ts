import { expect, test } from '@playwright/test'

import { getStrings } from '@/i18n/strings'
import { expectNoSeriousViolations, expectNoSeriousViolationsWithoutJs } from '../support/axe'
import { signedInAdmin } from '../support/e2e-admin'

/** The demo seed's campaign: its own English and French layouts; Spanish and Portuguese fall back to English. */
const demoSlug = 'first-movers-2027'
const es = getStrings('es').campaigns
const en = getStrings('en').campaigns

/** A published campaign made through the API: a hero, a video and a FAQ. */
async function videoCampaign(): Promise<string> {
  const admin = await signedInAdmin()
  const slug = `e2e-video-${Date.now().toString(36)}`
  const response = await admin.post('/api/campaigns?locale=en', {
    data: {
      title: 'Trams in every street',
      slug,
      _status: 'published',
      layout: [
        { blockType: 'hero', heading: 'Trams in every street' },
        { blockType: 'mediaBlock', kind: 'video', video: { provider: 'youtube', videoId: 'e2eVideo123', title: 'A tram line opens' } },
      ],
    },
  })
  expect(response.ok(), await response.text()).toBe(true)
  await admin.dispose()
  return slug
}

test.describe('campaign pages', () => {
  test('the list of current campaigns leads to a campaign; both pass axe', async ({ page }) => {
    await page.goto('/en/campaigns')
    await expect(page.getByRole('heading', { level: 1, name: en.list.title })).toBeVisible()
    await expectNoSeriousViolations(page)
    await page.getByRole('link', { name: 'Learn from the first movers', exact: true }).click()
    await expect(page).toHaveURL(new RegExp(`/en/campaigns/${demoSlug}$`))
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expectNoSeriousViolations(page)
  })

  test('a language without its own layout shows the English page, says so, and marks it as English', async ({ page }) => {
    await page.goto(`/es/campaigns/${demoSlug}`)
    const notice = es.page.fallback.replace('{{language}}', 'Español')
    await expect(page.getByRole('note').filter({ hasText: notice })).toHaveText(notice)
    // The editors' English words are marked as English (on the heading or the block around it).
    expect(await page.getByRole('heading', { level: 1 }).evaluate((heading) => heading.closest('[lang]')?.getAttribute('lang'))).toBe('en')
    await expect(page.locator('html')).toHaveAttribute('lang', 'es')
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
    await expectNoSeriousViolations(page)
  })

  test('the view is counted by a pixel on our own domain that assistive technology does not see', async ({ page }) => {
    const pixel = page.waitForRequest((request) => request.url().includes('/next/campaign-view?'))
    await page.goto(`/en/campaigns/${demoSlug}`)
    expect(new URL((await pixel).url()).searchParams.get('l')).toBe('en')
    await expect(page.locator('img.campaign-pixel')).toHaveAttribute('alt', '')
    await expect(page.locator('img.campaign-pixel')).toHaveAttribute('aria-hidden', 'true')
  })

  test('a video loads nothing from YouTube until the visitor asks for it', async ({ page }) => {
    const slug = await videoCampaign()
    const providerRequests: string[] = []
    await page.route(/youtube|ytimg|vimeo/, (route) => {
      providerRequests.push(route.request().url())
      return route.abort()
    })
    await page.goto(`/en/campaigns/${slug}`)
    const play = page.getByRole('button', { name: en.video.play.replace('{{title}}', 'A tram line opens') })
    await expect(play).toBeVisible()
    expect(providerRequests).toEqual([])
    await expectNoSeriousViolations(page)
    await play.click()
    const player = page.locator('iframe[title="A tram line opens"]')
    await expect(player).toHaveAttribute('src', /^https:\/\/www\.youtube-nocookie\.com\/embed\/e2eVideo123/)
  })

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false })

    test('FAQ answers open, and a video is a link to the provider saying it leaves GKEC', async ({ page }) => {
      await page.goto(`/en/campaigns/${demoSlug}`)
      const question = page.locator('details.campaign-faq__item summary').first()
      await question.click()
      await expect(page.locator('details.campaign-faq__item').first()).toHaveAttribute('open', '')
      await expectNoSeriousViolationsWithoutJs(page)

      const slug = await videoCampaign()
      await page.goto(`/en/campaigns/${slug}`)
      const link = page.getByRole('link', { name: en.video.external.replace('{{title}}', 'A tram line opens').replace('{{provider}}', 'YouTube') })
      await expect(link).toHaveAttribute('href', 'https://www.youtube.com/watch?v=e2eVideo123')
      await expect(page.locator('iframe')).toHaveCount(0)
    })
  })
})
