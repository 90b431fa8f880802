import { expect, test } from '@playwright/test'

import { locales } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'

const localeCodes = locales.map(({ code }) => code)

function redirectTarget(location: string | undefined): string {
  return new URL(location ?? '', 'http://placeholder').pathname
}

test.describe('the root address sends each visitor to their language', () => {
  for (const [acceptLanguage, expected] of [
    ['fr-CA,fr;q=0.9', '/fr'],
    ['pt-BR,pt;q=0.9,en;q=0.5', '/pt'],
    ['de', '/en'],
    ['', '/en'],
  ] as const) {
    test(`Accept-Language "${acceptLanguage}" is sent to ${expected}`, async ({ request }) => {
      const response = await request.get('/', {
        headers: acceptLanguage ? { 'Accept-Language': acceptLanguage } : {},
        maxRedirects: 0,
      })
      expect(response.status()).toBe(307)
      expect(redirectTarget(response.headers()['location'])).toBe(expected)
      // A shared cache must not hand one visitor's language to the next.
      expect(response.headers()['vary']).toMatch(/accept-language/i)
    })
  }

  test('a French-speaking browser opening the site lands on the French home page', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'fr-CA' })
    const page = await context.newPage()
    await page.goto('/')
    await expect(page).toHaveURL(/\/fr$/)
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(getStrings('fr').home.heroTitle)
    await context.close()
  })
})

for (const path of ['', '/about']) {
  for (const locale of localeCodes) {
    test(`/${locale}${path} declares its language and links its translations`, async ({ page }) => {
      const response = await page.goto(`/${locale}${path}`)
      expect(response?.status()).toBe(200)
      await expect(page.locator('html')).toHaveAttribute('lang', locale)

      const alternates = page.locator('head link[rel="alternate"][hreflang]')
      const byLanguage = Object.fromEntries(
        await alternates.evaluateAll((links) => links.map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')])),
      ) as Record<string, string>
      const expected = Object.fromEntries([
        ...localeCodes.map((code) => [code, `/${code}${path}`]),
        ['x-default', `/en${path}`],
      ])
      const paths = Object.fromEntries(Object.entries(byLanguage).map(([lang, href]) => [lang, new URL(href, page.url()).pathname]))
      expect(paths).toEqual(expected)

      const canonical = await page.locator('head link[rel="canonical"]').getAttribute('href')
      expect(new URL(canonical ?? '', page.url()).pathname).toBe(`/${locale}${path}`)
    })
  }
}

test('the language switcher links to the same page in every other language', async ({ page }) => {
  await page.goto('/en/about')
  const switcher = page.getByRole('navigation', { name: getStrings('en').a11y.languageSwitcher })
  for (const { code, label } of locales) {
    if (code === 'en') {
      // The current language is marked, and is not a link to itself.
      await expect(switcher.locator('[aria-current="true"]')).toContainText(label)
      await expect(switcher.getByRole('link', { name: label })).toHaveCount(0)
      continue
    }
    const link = switcher.getByRole('link', { name: label, exact: true })
    await expect(link).toHaveAttribute('href', `/${code}/about`)
    await expect(link).toHaveAttribute('hreflang', code)
    await expect(link).toHaveAttribute('lang', code)
  }
  await switcher.getByRole('link', { name: 'Español', exact: true }).click()
  await expect(page).toHaveURL(/\/es\/about$/)
  await expect(page.locator('html')).toHaveAttribute('lang', 'es')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Acerca del Centro Global de Intercambio de Conocimiento')
})

test('an unknown language is a page not found', async ({ request }) => {
  for (const path of ['/xx', '/xx/about', '/de']) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(404)
  }
})
