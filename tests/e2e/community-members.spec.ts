import { expect, type Page, test } from '@playwright/test'

import { getStrings } from '@/i18n/strings'
import { expectNoSeriousViolations, expectNoSeriousViolationsWithoutJs } from '../support/axe'
import { linkInLatestEmail } from '../support/e2e-outbox'

const en = getStrings('en').members
const PASSWORD = 'an e2e member passphrase'

const uniqueEmail = () => `e2e-member-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}@example.org`

const verificationLinkFor = (email: string) => linkInLatestEmail(email, { equals: 'member-verify' }, /https?:\/\/\S+\/en\/community\/verify\?token=[A-Za-z0-9]+/)

async function signUp(page: Page, email: string, name: string) {
  await page.goto('/en/community/sign-up')
  await page.getByLabel(en.fields.name.label, { exact: true }).fill(name)
  await page.getByLabel(en.fields.email.label, { exact: true }).fill(email)
  await page.getByLabel(en.fields.password.label, { exact: true }).fill(PASSWORD)
  await page.getByLabel(en.fields.terms.label).check()
  await page.getByRole('button', { name: en.signUp.submit }).click()
  await expect(page).toHaveURL(/\/en\/community\/sign-up\/check-email$/)
}

async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.getByLabel(en.fields.email.label, { exact: true }).fill(email)
  await page.getByLabel(en.fields.password.label, { exact: true }).fill(password)
  await page.getByRole('button', { name: en.signIn.submit }).click()
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the sign-up form and the community’s navigation lead to the whole community guidelines, in the visitor’s language', async ({ page }) => {
    await page.goto('/en/community/sign-up')
    await page.getByRole('link', { name: en.guidelines.fullLink }).click()
    await expect(page).toHaveURL(/\/en\/community-guidelines$/)
    await expect(page.getByRole('heading', { level: 1, name: en.guidelines.title })).toBeVisible()
    await expect(page.getByText(/can appeal it once/)).toBeVisible()
    await expectNoSeriousViolationsWithoutJs(page)

    const fr = getStrings('fr')
    await page.goto('/fr/community')
    await page.getByRole('navigation', { name: fr.community.nav.label }).getByRole('link', { name: fr.community.nav.guidelines }).click()
    await expect(page).toHaveURL(/\/fr\/community-guidelines$/)
    await expect(page.getByRole('heading', { level: 1, name: fr.members.guidelines.title })).toBeVisible()
  })

  test('a visitor corrects the sign-up form, confirms her address from the email, signs in, and signs out', async ({ page }) => {
    const email = uniqueEmail()
    await page.goto('/en/community/sign-up')
    await expect(page.getByRole('heading', { level: 1, name: en.signUp.title })).toBeVisible()
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
    await expectNoSeriousViolationsWithoutJs(page)

    await page.getByLabel(en.fields.email.label, { exact: true }).fill(email)
    await page.getByLabel(en.fields.password.label, { exact: true }).fill('too short')
    await page.getByRole('button', { name: en.signUp.submit }).click()
    await expect(page).toHaveTitle(new RegExp(`^${en.common.errorTitlePrefix} `))
    const summary = page.getByRole('alert', { name: en.common.errorSummaryTitle })
    await expect(summary.getByRole('link', { name: en.errors.nameRequired })).toHaveAttribute('href', '#sign-up-name')
    await expect(summary.getByRole('link', { name: en.errors.passwordTooShort })).toHaveAttribute('href', '#sign-up-password')
    await expect(summary.getByRole('link', { name: en.errors.termsRequired })).toHaveAttribute('href', '#sign-up-terms')
    await expect(page.getByLabel(en.fields.email.label, { exact: true })).toHaveValue(email)
    await expect(page.getByLabel(en.fields.password.label, { exact: true })).toHaveValue('')
    await expectNoSeriousViolationsWithoutJs(page)

    await signUp(page, email, 'Esther Mwangi')
    await expect(page.getByRole('heading', { level: 1, name: en.signUp.checkEmailTitle })).toBeVisible()

    await page.goto('/en/community/sign-in')
    await signIn(page, email)
    await expect(page.getByRole('alert', { name: en.common.errorSummaryTitle })).toContainText(en.errors.unverified)
    await expect(page.getByRole('button', { name: en.signIn.resend })).toBeVisible()

    // Opening the link confirms nothing; the button does.
    await page.goto(await verificationLinkFor(email))
    await expect(page.getByRole('heading', { level: 1, name: en.verify.confirmTitle })).toBeVisible()
    await expectNoSeriousViolationsWithoutJs(page)
    await page.getByRole('button', { name: en.verify.confirmSubmit }).click()
    await expect(page).toHaveURL(/\/en\/community\/sign-in\?verified=1$/)
    await expect(page.getByRole('status')).toHaveText(en.signIn.verified)
    await expectNoSeriousViolationsWithoutJs(page)

    await signIn(page, email, 'not the password at all')
    await expect(page.getByRole('alert', { name: en.common.errorSummaryTitle })).toContainText(en.errors.signInFailed)
    await signIn(page, email)
    await expect(page).toHaveURL(/\/en\/community$/)
    await expect(page.getByRole('navigation', { name: en.menu.label })).toContainText('Esther Mwangi')

    await page.goto('/en/community/account')
    await expect(page.getByRole('heading', { level: 1, name: en.account.title })).toBeVisible()
    await expectNoSeriousViolationsWithoutJs(page)
    await page.getByLabel(en.fields.bio.label).fill('Water-sensitive streets in Nairobi.')
    await page.getByRole('button', { name: en.account.profile.submit }).click()
    await expect(page).toHaveURL(/\/en\/community\/account\?saved=1$/)
    await expect(page.getByRole('status').first()).toHaveText(en.account.saved)

    await page.getByRole('navigation', { name: en.menu.label }).getByRole('button', { name: en.menu.signOut }).click()
    await expect(page).toHaveURL(/\/en\/community\/sign-in\?signedOut=1$/)
    const account = await page.goto('/en/community/account')
    expect(account?.url()).toMatch(/\/en\/community\/sign-in\?next=%2Fen%2Fcommunity%2Faccount$/)
  })

  test('a member deletes her account in two steps, with her password', async ({ page }) => {
    const email = uniqueEmail()
    await signUp(page, email, 'Delia Removed')
    await page.goto(await verificationLinkFor(email))
    await page.getByRole('button', { name: en.verify.confirmSubmit }).click()
    await signIn(page, email)

    await page.goto('/en/community/account/delete')
    await expectNoSeriousViolationsWithoutJs(page)
    await page.getByRole('link', { name: en.deleteAccount.continue }).click()
    await page.getByLabel(en.deleteAccount.confirmLabel).check()
    await page.getByLabel(en.fields.currentPassword.label, { exact: true }).fill('wrong password here')
    await page.getByRole('button', { name: en.deleteAccount.submit }).click()
    await expect(page.getByRole('alert', { name: en.common.errorSummaryTitle })).toContainText(en.errors.passwordWrong)
    await expectNoSeriousViolationsWithoutJs(page)

    await page.getByLabel(en.deleteAccount.confirmLabel).check()
    await page.getByLabel(en.fields.currentPassword.label, { exact: true }).fill(PASSWORD)
    await page.getByRole('button', { name: en.deleteAccount.submit }).click()
    await expect(page).toHaveURL(/\/en\/community\/sign-in\?deleted=1$/)
    await signIn(page, email)
    await expect(page.getByRole('alert', { name: en.common.errorSummaryTitle })).toContainText(en.errors.signInFailed)
  })

  test('an anonymous visitor sees no profile, cannot download data, and is not led off-site after signing in', async ({ page, request }) => {
    await page.goto('/en/community/members/1')
    await expect(page.getByRole('heading', { level: 1, name: en.profile.titleSignIn })).toBeVisible()
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
    await expectNoSeriousViolationsWithoutJs(page)

    const exported = await request.get('/en/community/account/export')
    expect(exported.status()).toBe(401)
    expect(exported.headers()['cache-control']).toContain('no-store')

    await page.goto('/en/community/sign-in?next=https://evil.example/')
    await expect(page.locator('input[name="next"]')).toHaveValue('/en/community')
  })
})

test('with JavaScript, the sign-in error summary takes the focus', async ({ page }) => {
  await page.goto('/en/community/sign-in')
  await page.getByRole('button', { name: en.signIn.submit }).click()
  const summary = page.getByRole('alert', { name: en.common.errorSummaryTitle })
  await expect(summary).toBeFocused()
  await expect(summary.getByRole('link', { name: en.errors.emailRequired })).toHaveAttribute('href', '#sign-in-email')
  await expectNoSeriousViolations(page)
})
