import { expect, test } from '@playwright/test'

import { getStrings } from '@/i18n/strings'
import { expectNoSeriousViolations, expectNoSeriousViolationsWithoutJs } from '../support/axe'

/** The demo seed's news: two milestones and one story, in English and French only. */
const story = { slug: 'twinning-across-continents', en: 'Twinning across continents', fr: 'Jumelages entre continents' }
const milestone = { slug: 'hundred-cities-climate-contracts', en: 'All Mission cities now have a Climate City Contract' }
const en = getStrings('en').news
const es = getStrings('es').news

test.describe('news', () => {
  test('the list shows the newest news first, advertises its feed and passes axe; an item opens from it', async ({ page }) => {
    await page.goto('/en/news')
    await expect(page.getByRole('heading', { level: 1, name: en.list.title })).toBeVisible()
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', /\/en\/news\/feed\.xml$/)
    const titles = await page.locator('.news-list h2').allTextContents()
    // The milestone was published a week after the story.
    expect(titles.indexOf(milestone.en)).toBeGreaterThanOrEqual(0)
    expect(titles.indexOf(milestone.en)).toBeLessThan(titles.indexOf(story.en))
    await expectNoSeriousViolations(page)
    await page.getByRole('link', { name: story.en, exact: true }).click()
    await expect(page).toHaveURL(new RegExp(`/en/news/${story.slug}$`))
    await expect(page.getByRole('heading', { level: 1, name: story.en })).toBeVisible()
    await expectNoSeriousViolations(page)
  })

  test('a language without a translation shows the English item, says so and marks it as English', async ({ page }) => {
    await page.goto(`/es/news/${story.slug}`)
    await expect(page.getByRole('note')).toHaveText(es.item.fallback)
    await expect(page.getByRole('heading', { level: 1, name: story.en })).toBeVisible()
    await expect(page.locator('[lang="en"]').getByRole('heading', { level: 1 })).toBeVisible()
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
    await expectNoSeriousViolations(page)
  })

  test('the feed is Atom with absolute links to the items in its language', async ({ request }) => {
    const response = await request.get('/fr/news/feed.xml')
    expect(response.headers()['content-type']).toContain('application/atom+xml')
    const body = await response.text()
    expect(body).toContain(story.fr)
    expect(body).toMatch(new RegExp(`<link href="https?://[^"]+/fr/news/${story.slug}"`))
  })
})

test.describe('news without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the category filter is a form that works without JavaScript', async ({ page }) => {
    await page.goto('/en/news')
    await page.getByLabel(en.list.categoryLabel).selectOption({ label: 'Stories' })
    await page.getByRole('button', { name: en.list.apply }).click()
    await expect(page).toHaveURL(/\/en\/news\?category=stories$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.list.titleInCategory.replace('{{category}}', 'Stories'))
    await expect(page.getByRole('link', { name: story.en, exact: true })).toBeVisible()
    await expect(page.getByRole('link', { name: milestone.en, exact: true })).toHaveCount(0)
    await expectNoSeriousViolationsWithoutJs(page)
  })
})
