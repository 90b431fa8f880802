import { expect, type Page, test } from '@playwright/test'

import { getStrings } from '@/i18n/strings'
import { expectNoSeriousViolationsWithoutJs } from '../support/axe'
import { signInAsMember, uniqueTag as unique } from '../support/e2e-community'

const text = getStrings('en').community
const PASSWORD = 'e2e community password 2'

async function signInAs(page: Page, standing: 'new' | 'trusted'): Promise<void> {
  await signInAsMember(page, standing, PASSWORD, 'e2e-poster')
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the community’s public pages read and pass axe', async ({ page }) => {
    await page.goto('/en/community')
    await expect(page.getByRole('heading', { level: 1, name: text.home.title })).toBeVisible()
    await expectNoSeriousViolationsWithoutJs(page)

    await page.getByRole('link', { name: text.sorts.unanswered }).first().click()
    await expect(page).toHaveURL(/\?sort=unanswered/)

    await page.goto('/en/community/spaces/mobility')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expectNoSeriousViolationsWithoutJs(page)
    await page.locator('.community-threads__title a').first().click()
    await expect(page.getByRole('heading', { level: 2, name: text.thread.replies })).toBeVisible()
    await expect(page.getByRole('link', { name: text.thread.signInToReply })).toBeVisible()
    await expectNoSeriousViolationsWithoutJs(page)

    await page.goto('/en/community')
    await page.getByLabel(text.search.label).fill('bus')
    await page.getByRole('button', { name: text.search.submit }).click()
    await expect(page).toHaveURL(/\/en\/community\/search\?q=bus/)
    await expectNoSeriousViolationsWithoutJs(page)

    const bad = await page.goto('/en/community/spaces/mobility?sort=nonsense&page=x')
    expect(bad?.url()).toMatch(/\/en\/community\/spaces\/mobility$/)
  })

  test('a member asks the first movers of a practice, replies, and marks the solution', async ({ page }) => {
    const practices = await (await page.request.get('/api/practices?limit=1&depth=0&where[_status][equals]=published')).json()
    const practice = practices.docs[0] as { slug: string; title: string }
    await signInAs(page, 'trusted')
    await page.goto(`/en/practices/${practice.slug}`)
    await page.getByRole('link', { name: text.firstMovers.link }).click()
    await expect(page.getByRole('heading', { level: 1, name: text.form.newTitle })).toBeVisible()
    await expect(page.getByLabel(practice.title)).toBeChecked()
    await expectNoSeriousViolationsWithoutJs(page)

    await page.getByRole('button', { name: text.form.submit }).click()
    await expect(page.getByRole('alert')).toContainText('Give your thread a title of at least 5 characters.')
    await expect(page).toHaveTitle(/^Error:/)
    await expectNoSeriousViolationsWithoutJs(page)

    const title = `How did you start ${unique()}?`
    await page.getByLabel(text.form.space).selectOption({ label: 'Mobility' })
    await page.getByLabel(text.form.title).fill(title)
    await page.getByLabel(text.form.body, { exact: true }).fill('We would like to **learn** from you. <img src=x onerror=alert(1)>')
    await page.getByRole('button', { name: text.form.submit }).click()
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
    await expect(page.getByRole('status').filter({ hasText: text.thread.posted })).toBeVisible()
    await expect(page.locator('.community-post__body strong')).toHaveText('learn')
    await expect(page.locator('.community-post__body img')).toHaveCount(0)
    await expect(page.getByRole('link', { name: practice.title })).toBeVisible()

    await page.getByRole('textbox', { name: text.thread.reply }).fill('Answering with what we found.')
    await page.getByRole('button', { name: text.thread.replySubmit }).click()
    await page.getByRole('button', { name: text.thread.markSolution }).click()
    await expect(page.getByRole('heading', { level: 2, name: text.thread.solution })).toBeVisible()
    await expectNoSeriousViolationsWithoutJs(page)
  })

  test('a new member’s thread waits for review: she sees it with the notice, the public gets a 404', async ({ page, browser }) => {
    await signInAs(page, 'new')
    await page.goto('/en/community/new?kind=discussion')
    const title = `Held discussion ${unique()}`
    await page.getByLabel(text.form.space).selectOption({ label: 'Mobility' })
    await page.getByLabel(text.form.title).fill(title)
    await page.getByLabel(text.form.body, { exact: true }).fill('Our first post.')
    await page.getByRole('button', { name: text.form.submit }).click()
    await expect(page.getByRole('status').filter({ hasText: text.thread.held })).toBeVisible()
    await expect(page.getByRole('note')).toContainText(text.state.pending)
    const url = page.url().replace(/\?.*$/, '')

    const visitor = await browser.newPage({ javaScriptEnabled: false })
    const response = await visitor.goto(url)
    expect(response?.status()).toBe(404)
    await visitor.goto('/en/community/spaces/mobility')
    await expect(visitor.getByRole('link', { name: title })).toHaveCount(0)
    await visitor.close()
  })
})
