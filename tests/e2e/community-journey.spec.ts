import { type Browser, expect, type Page, test } from '@playwright/test'

import { getStrings } from '@/i18n/strings'
import { expectNoSeriousViolations, expectNoSeriousViolationsWithoutJs } from '../support/axe'
import { moderatorPage, uniqueTag } from '../support/e2e-community'
import { linkInLatestEmail } from '../support/e2e-outbox'

const members = getStrings('en').members
const community = getStrings('en').community
const PASSWORD = 'an e2e journey passphrase'

const verificationLinkFor = (email: string) => linkInLatestEmail(email, { equals: 'member-verify' }, /https?:\/\/\S+\/en\/community\/verify\?token=[A-Za-z0-9]+/)
const axe = (page: Page, javaScript: boolean) => (javaScript ? expectNoSeriousViolations(page) : expectNoSeriousViolationsWithoutJs(page))

/** Signs up through the form, confirms the address from the e-mail, and signs in: the way a person joins. */
async function join(browser: Browser, name: string, javaScript: boolean): Promise<Page> {
  // A context of its own (axe needs one, and each person has her own cookies).
  const page = await (await browser.newContext({ javaScriptEnabled: javaScript })).newPage()
  const email = `e2e-journey-${uniqueTag()}@example.org`
  await page.goto('/en/community/sign-up')
  await page.getByLabel(members.fields.name.label, { exact: true }).fill(name)
  await page.getByLabel(members.fields.email.label, { exact: true }).fill(email)
  await page.getByLabel(members.fields.password.label, { exact: true }).fill(PASSWORD)
  await page.getByLabel(members.fields.terms.label).check()
  await page.getByRole('button', { name: members.signUp.submit }).click()
  await expect(page.getByRole('heading', { level: 1, name: members.signUp.checkEmailTitle })).toBeVisible()

  await page.goto(await verificationLinkFor(email))
  await page.getByRole('button', { name: members.verify.confirmSubmit }).click()
  await expect(page.getByRole('status')).toHaveText(members.signIn.verified)
  await page.getByLabel(members.fields.email.label, { exact: true }).fill(email)
  await page.getByLabel(members.fields.password.label, { exact: true }).fill(PASSWORD)
  await page.getByRole('button', { name: members.signIn.submit }).click()
  await expect(page.getByRole('navigation', { name: members.menu.label })).toContainText(name)
  return page
}

async function approve(browser: Browser, id: number) {
  const moderator = await moderatorPage(browser)
  await moderator.goto(`/admin/community-review?post=${id}`)
  await moderator.getByTestId(`approve-${id}`).getByRole('button').click()
  await expect(moderator.getByTestId('review-notice')).toHaveText('Done: Approved.')
  await moderator.close()
}

const postIdIn = (url: string, pattern: RegExp) => Number(url.match(pattern)?.[1])

for (const askerJavaScript of [true, false]) {
  test(`a question from sign-up to solved (asker with JavaScript ${askerJavaScript ? 'on' : 'off'}, replier ${askerJavaScript ? 'off' : 'on'})`, async ({ browser }) => {
    test.setTimeout(240_000)
    const asker = await join(browser, `Lucía Romero ${uniqueTag()}`, askerJavaScript)
    await asker.goto('/en/community/new?kind=question')
    await axe(asker, askerJavaScript)
    const title = `How did you finance your heat network ${uniqueTag()}?`
    await asker.getByLabel(community.form.space).selectOption({ label: 'Buildings' })
    await asker.getByLabel(community.form.title).fill(title)
    await asker.getByLabel(community.form.body, { exact: true }).fill('We are a city of 300,000 people. **Who** paid for the pipes?')
    await asker.getByRole('button', { name: community.form.submit }).click()
    await expect(asker.getByRole('status').filter({ hasText: community.thread.held })).toBeVisible()
    await expect(asker.getByRole('note')).toContainText(community.state.pending)
    const threadUrl = asker.url().replace(/[?#].*$/, '')
    const threadId = postIdIn(threadUrl, /threads\/(\d+)/)

    // Held for review: nobody else sees it.
    const visitor = await browser.newPage({ javaScriptEnabled: false })
    expect((await visitor.goto(threadUrl))?.status()).toBe(404)
    await visitor.goto('/en/community/search?q=heat+network')
    await expect(visitor.getByRole('link', { name: title })).toHaveCount(0)

    await approve(browser, threadId)
    expect((await visitor.goto(threadUrl))?.status()).toBe(200)
    await expect(visitor.getByRole('heading', { level: 1, name: title })).toBeVisible()

    // Another member answers; her first post is held too, then approved.
    const replierJavaScript = !askerJavaScript
    const replier = await join(browser, `Kwame Mensah ${uniqueTag()}`, replierJavaScript)
    await replier.goto(threadUrl)
    await axe(replier, replierJavaScript)
    await replier.getByRole('textbox', { name: community.thread.reply }).fill('A green bond, and the national energy fund paid 40%.')
    await replier.getByRole('button', { name: community.thread.replySubmit }).click()
    await expect(replier.getByRole('status').filter({ hasText: community.thread.held })).toBeVisible()
    const replyId = postIdIn(replier.url(), /#post-(\d+)/)
    expect(replyId).toBeGreaterThan(threadId)
    await approve(browser, replyId)

    // The asker marks the answer as the solution.
    await asker.goto(threadUrl)
    await asker.getByRole('button', { name: community.thread.markSolution }).click()
    await expect(asker.getByRole('heading', { level: 2, name: community.thread.solution })).toBeVisible()
    await axe(asker, askerJavaScript)

    // Anyone reads it as solved, without JavaScript.
    await visitor.goto(threadUrl)
    await expect(visitor.getByRole('heading', { level: 2, name: community.thread.solution })).toBeVisible()
    await expect(visitor.getByText('A green bond, and the national energy fund paid 40%.').first()).toBeVisible()
    await visitor.goto('/en/community/spaces/buildings?sort=solved')
    await expect(visitor.getByRole('link', { name: title })).toBeVisible()
    await expectNoSeriousViolationsWithoutJs(visitor)
    await Promise.all([visitor.close(), asker.context().close(), replier.context().close()])
  })
}

test('a signed-in member sees a practice’s contacts; a visitor is asked to sign in', async ({ browser }) => {
  const visitor = await browser.newPage({ javaScriptEnabled: false })
  // A demo practice with a contact (src/seed/demo/practices.ts).
  const slug = 'copenhagen-district-heating-without-coal'
  await visitor.goto(`/en/practices/${slug}`)
  await visitor.getByRole('link', { name: getStrings('en').practice.contacts.seeContacts }).click()
  await expect(visitor.getByRole('link', { name: getStrings('en').practice.contacts.signIn })).toBeVisible()
  await expect(visitor.locator('.contact-list')).toHaveCount(0)
  await expectNoSeriousViolationsWithoutJs(visitor)

  const member = await join(browser, `Ana Souza ${uniqueTag()}`, false)
  await member.goto(`/en/practices/${slug}/contacts`)
  await expect(member.locator('.contact-list li').first()).toBeVisible()
  await expectNoSeriousViolationsWithoutJs(member)
  await Promise.all([visitor.close(), member.context().close()])
})
