import { expect, type Page, test } from '@playwright/test'

import { getStrings } from '@/i18n/strings'
import { expectNoSeriousViolationsWithoutJs } from '../support/axe'
import { linkInLatestEmail } from '../support/e2e-outbox'
import { moderatorPage, signInAsMember, uniqueTag as unique } from '../support/e2e-community'

const community = getStrings('en').community
const { flag, log, appeal } = getStrings('en').moderation
const PASSWORD = 'e2e moderation password 7'

const signInAs = (page: Page, standing: 'new' | 'trusted') => signInAsMember(page, standing, PASSWORD, 'e2e-moderation')

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the public moderation log shows a month of counts, passes axe, and sends a bad month to the current one', async ({ page }) => {
    await page.goto('/en/community/moderation-log')
    await expect(page.getByRole('heading', { level: 1, name: log.title })).toBeVisible()
    await expectNoSeriousViolationsWithoutJs(page)
    await page.goto('/en/community/moderation-log?month=2999-01')
    expect(page.url()).toMatch(/\/en\/community\/moderation-log\?month=\d{4}-\d{2}$/)
  })

  test('a held thread is approved from the review queue, flagged by a member, removed with a reason, and appealed by its author', async ({ page, browser }) => {
    test.setTimeout(180_000)
    const authorEmail = await signInAs(page, 'new')
    await page.goto('/en/community/new?kind=discussion')
    const title = `Moderated discussion ${unique()}`
    await page.getByLabel(community.form.space).selectOption({ label: 'Mobility' })
    await page.getByLabel(community.form.title).fill(title)
    await page.getByLabel(community.form.body, { exact: true }).fill('Our first post, held for review.')
    await page.getByRole('button', { name: community.form.submit }).click()
    await expect(page.getByRole('status').filter({ hasText: community.thread.held })).toBeVisible()
    const url = page.url().replace(/[?#].*$/, '')
    const id = Number(url.match(/threads\/(\d+)/)?.[1])

    // The moderator approves it from the queue (the post asked for by number, so other held posts do not matter).
    const moderator = await moderatorPage(browser)
    await moderator.goto(`/admin/community-review?post=${id}`)
    const item = moderator.getByTestId(`review-post-${id}`)
    await expect(item).toContainText(title)
    await item.getByTestId(`approve-${id}`).getByRole('button').click()
    await expect(moderator.getByTestId('review-notice')).toHaveText('Done: Approved.')

    const visitor = await browser.newPage({ javaScriptEnabled: false })
    expect((await visitor.goto(url))?.status()).toBe(200)
    await visitor.close()

    // Another member flags it.
    const flagger = await browser.newPage({ javaScriptEnabled: false })
    await signInAs(flagger, 'trusted')
    await flagger.goto(url)
    const form = flagger.getByTestId(`flag-form-${id}`)
    await form.getByText(flag.summary, { exact: true }).click()
    await form.getByLabel('Off-topic').check()
    await form.getByRole('button', { name: flag.submit }).click()
    await expect(flagger.getByTestId('flag-notice')).toHaveText(flag.notices.flagged)
    await expectNoSeriousViolationsWithoutJs(flagger)
    await flagger.close()

    // The moderator removes it with a reason; the author is told, with a link to appeal.
    await moderator.goto(`/admin/community-review?post=${id}`)
    await moderator.locator(`#review-${id}-remove-reason`).selectOption('off_topic')
    await moderator.locator(`form:has(#review-${id}-remove-reason)`).getByRole('button').click()
    await expect(moderator.getByTestId('review-notice')).toHaveText('Done: Removed.')
    await moderator.close()

    const appealLink = await linkInLatestEmail(authorEmail, { equals: 'moderation-remove' }, /https?:\/\/\S+\/en\/community\/appeals\/new\?action=\d+/)
    await page.goto(appealLink)
    await expect(page.getByRole('heading', { level: 1, name: appeal.title })).toBeVisible()
    await expectNoSeriousViolationsWithoutJs(page)
    await page.getByRole('button', { name: appeal.submit }).click()
    await expect(page.getByRole('alert').filter({ hasText: appeal.textRequired })).toBeVisible()
    await page.getByLabel(appeal.text).fill('This discussion is about mobility, the space it is in.')
    await page.getByRole('button', { name: appeal.submit }).click()
    await expect(page.getByRole('status').filter({ hasText: appeal.sent })).toBeVisible()
  })
})
