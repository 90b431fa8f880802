import { expect, test } from '@playwright/test'

import { getStrings } from '@/i18n/strings'

test.use({ javaScriptEnabled: false })

const en = getStrings('en')
const pt = getStrings('pt')

test('a visitor without JavaScript can follow the main navigation and switch language', async ({ page }) => {
  await page.goto('/en')
  await page.getByRole('navigation', { name: en.a11y.mainNavigation }).getByRole('link', { name: 'About', exact: true }).click()
  await expect(page).toHaveURL(/\/en\/about$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('About the Global Knowledge Exchange Centre')
  await expect(page.getByRole('main')).toContainText('It gathers evaluated best practices')

  await page.getByRole('navigation', { name: en.a11y.languageSwitcher }).getByRole('link', { name: 'Português' }).click()
  await expect(page).toHaveURL(/\/pt\/about$/)
  await expect(page.locator('html')).toHaveAttribute('lang', 'pt')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sobre o Centro Global de Intercâmbio de Conhecimento')
  await expect(page.getByRole('main')).toContainText('Reúne boas práticas avaliadas')
  await expect(page.getByRole('navigation', { name: pt.a11y.mainNavigation }).getByRole('link', { name: 'Sobre', exact: true })).toHaveAttribute(
    'href',
    '/pt/about',
  )
})

test('a visitor without JavaScript can switch the home page to French', async ({ page }) => {
  await page.goto('/en')
  await page.getByRole('navigation', { name: en.a11y.languageSwitcher }).getByRole('link', { name: 'Français' }).click()
  await expect(page).toHaveURL(/\/fr$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(getStrings('fr').home.heroTitle)
})

test('the skip link is the first thing a keyboard reaches and jumps to the main content', async ({ page }) => {
  await page.goto('/en/about')
  await page.keyboard.press('Tab')
  const skipLink = page.getByRole('link', { name: en.a11y.skipToContent })
  await expect(skipLink).toBeFocused()
  await expect(skipLink).toBeInViewport()
  await expect(skipLink).toHaveAttribute('href', '#main-content')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#main-content$/)
  await expect(page.locator('main#main-content')).toBeFocused()
})

test('a visitor without JavaScript who follows a link deeper than any page gets the page-not-found page', async ({ page }) => {
  const response = await page.goto('/en/practices/no/such/page')
  expect(response?.status()).toBe(404)
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('heading', { level: 1, name: en.errors.notFoundTitle })).toBeVisible()
  await expect(page.getByRole('link', { name: en.errors.backHome })).toHaveAttribute('href', '/en')
})

test('a visitor without JavaScript who follows a broken link to a page gets the page-not-found page', async ({ page }) => {
  test.fail(
    true,
    'Known Next.js bug (vercel/next.js#62228): when a page calls notFound(), not-found.tsx is rendered by the browser only; the server sends an empty body.',
  )
  const response = await page.goto('/en/does-not-exist')
  expect(response?.status()).toBe(404)
  // Without JavaScript the document is complete once loaded: nothing more will appear.
  await expect(page.getByRole('heading', { level: 1, name: en.errors.notFoundTitle })).toBeVisible({ timeout: 1000 })
})
