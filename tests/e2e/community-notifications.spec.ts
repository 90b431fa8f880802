import { execFileSync } from 'node:child_process'

import { expect, type Page, test } from '@playwright/test'

import { getStrings } from '@/i18n/strings'
import { expectNoSeriousViolations, expectNoSeriousViolationsWithoutJs } from '../support/axe'

const text = getStrings('en').communityNotifications
const PASSWORD = 'e2e community password 1'

type Member = { id: number; email: string; threadTitle: string; spaceTitle: string; allToken: string; threadToken: string }

/** A verified member following the mobility space and its newest thread (see tests/support/e2e-community-member.ts). */
function createMember(): Member {
  const email = `e2e-follower-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}@example.org`
  const output = execFileSync(process.execPath, ['--import', 'tsx/esm', 'tests/support/e2e-community-member.ts', email, PASSWORD], { encoding: 'utf8' })
  const line = output.trim().split('\n').pop() as string
  return { ...(JSON.parse(line) as Omit<Member, 'email'>), email }
}

async function signIn(page: Page, member: Member): Promise<void> {
  const response = await page.request.post('/api/members/login', { data: { email: member.email, password: PASSWORD } })
  expect(response.status()).toBe(200)
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('a member turns community email off, changes a follow’s cadence and unfollows', async ({ page }) => {
    const member = createMember()
    await signIn(page, member)
    await page.goto('/en/community/account/notifications')
    await expect(page.getByRole('heading', { level: 1, name: text.settings.title })).toBeVisible()
    const follows = page.locator('.community-notifications__follows > li')
    await expect(follows).toHaveCount(2)
    await expectNoSeriousViolationsWithoutJs(page)

    await page.getByLabel(text.settings.emailLabel).uncheck()
    await page.getByRole('button', { name: text.settings.save }).click()
    await expect(page.getByRole('status')).toHaveText(text.settings.saved)
    await expect(page.getByLabel(text.settings.emailLabel)).not.toBeChecked()
    await expect(page.getByText(text.settings.emailOffNote)).toBeVisible()

    await page.getByLabel(`Emails for ${member.spaceTitle}`).selectOption('daily')
    await follows.filter({ hasText: member.spaceTitle }).getByRole('button', { name: text.settings.change }).click()
    await expect(page.getByRole('status')).toHaveText(text.settings.updated)
    await expect(page.getByLabel(`Emails for ${member.spaceTitle}`)).toHaveValue('daily')

    await page.getByRole('button', { name: `Unfollow ${member.threadTitle}` }).click()
    await expect(follows).toHaveCount(1)
    await expect(page.getByRole('link', { name: member.threadTitle })).toHaveCount(0)
  })

  test('an email’s unsubscribe link asks before it stops anything, with no sign-in', async ({ page }) => {
    const member = createMember()
    await page.goto(`/en/community/unsubscribe?token=${encodeURIComponent(member.threadToken)}`)
    await expect(page.getByRole('heading', { level: 1, name: text.unsubscribe.threadTitle })).toBeVisible()
    await expect(page.getByRole('main')).toContainText(member.threadTitle)
    await expectNoSeriousViolationsWithoutJs(page)
    await page.getByRole('button', { name: text.unsubscribe.confirmFollow }).click()
    await expect(page.getByRole('heading', { level: 1, name: text.unsubscribe.doneTitle })).toBeVisible()

    await page.goto(`/en/community/unsubscribe?token=${encodeURIComponent(member.allToken)}`)
    await expect(page.getByRole('heading', { level: 1, name: text.unsubscribe.allTitle })).toBeVisible()
    await page.getByRole('button', { name: text.unsubscribe.confirm }).click()
    await expect(page.getByRole('status')).toHaveText(text.unsubscribe.doneAll)
    await expectNoSeriousViolationsWithoutJs(page)
  })

  test('a broken unsubscribe link answers 400 with a way forward', async ({ page }) => {
    const response = await page.goto('/en/community/unsubscribe?token=1.not-a-signature')
    expect(response?.status()).toBe(400)
    await expect(page.getByRole('heading', { level: 1, name: text.unsubscribe.invalidTitle })).toBeVisible()
    await expect(page.getByRole('link', { name: text.unsubscribe.settingsLink })).toBeVisible()
  })

  test('signed out, the settings page and the space’s follow form lead to sign-in', async ({ page }) => {
    await page.goto('/en/community/account/notifications')
    await expect(page.getByRole('heading', { level: 1, name: text.settings.signInTitle })).toBeVisible()
    await expectNoSeriousViolationsWithoutJs(page)
    await page.goto('/en/community/spaces/mobility')
    await expect(page.getByRole('link', { name: text.follow.signIn })).toHaveAttribute('href', '/en/community/sign-in?next=%2Fen%2Fcommunity%2Fspaces%2Fmobility')
  })
})

test('with JavaScript, a member follows a space from its page and then unfollows it', async ({ page }) => {
  const member = createMember()
  await signIn(page, member)
  await page.goto('/en/community/spaces/energy-systems')
  const region = page.getByRole('region', { name: text.follow.follow, exact: true })
  await region.getByLabel(text.follow.cadenceLabel).selectOption('daily')
  await region.getByRole('button', { name: text.follow.follow, exact: true }).click()
  await expect(region.getByText(text.follow.following)).toBeVisible()
  await expect(region.getByLabel(text.follow.cadenceLabel)).toHaveValue('daily')
  await expectNoSeriousViolations(page)
  await region.getByRole('button', { name: text.follow.unfollow }).click()
  await expect(region.getByRole('button', { name: text.follow.follow, exact: true })).toBeVisible()
})
