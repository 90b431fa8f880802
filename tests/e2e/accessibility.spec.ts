import AxeBuilder from '@axe-core/playwright'
import { expect, type Page, test } from '@playwright/test'

import { getStrings } from '@/i18n/strings'

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number]

function describeViolations(violations: Violation[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes.map((node) => `    ${node.target.join(' ')}\n      ${node.failureSummary ?? ''}`).join('\n')
      return `[${violation.impact}] ${violation.id}: ${violation.help} (${violation.helpUrl})\n${nodes}`
    })
    .join('\n\n')
}

async function expectNoSeriousViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
  const serious = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
  expect(serious, `serious or critical accessibility violations on ${page.url()}:\n${describeViolations(serious)}`).toEqual([])
}

const publicPages = ['/en', '/fr', '/es', '/pt', '/en/about', '/fr/about', '/en/partners']

for (const path of publicPages) {
  test(`${path} has no serious or critical accessibility violations`, async ({ page }) => {
    const response = await page.goto(path)
    expect(response?.status()).toBe(200)
    await expectNoSeriousViolations(page)
  })
}

// A missing page, an unknown language, and an address deeper than any route: three ways to a 404.
for (const path of ['/en/does-not-exist', '/xx', '/en/no/such/page']) {
  test(`the page-not-found page at ${path} has no serious or critical accessibility violations`, async ({ page }) => {
    const response = await page.goto(path)
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1, name: getStrings('en').errors.notFoundTitle })).toBeVisible()
    await expectNoSeriousViolations(page)
  })
}

test('the admin sign-in page loads with a password field', async ({ page }) => {
  const response = await page.goto('/admin/login')
  expect(response?.status()).toBe(200)
  await expect(page.locator('input[type="password"]')).toBeVisible()
})
