import { expect, type Page, test } from '@playwright/test'

import { getStrings } from '@/i18n/strings'
import { expectNoSeriousViolations } from '../support/axe'

const en = getStrings('en').repository
const fr = getStrings('fr').repository

/** The number in "12 practices found". */
async function announcedTotal(page: Page): Promise<number> {
  const text = await page.getByRole('status').filter({ hasText: /practices? found/ }).innerText()
  return Number(text.match(/([\d,]+) practices? found/)?.[1].replace(/,/g, ''))
}

const results = (page: Page) => page.locator('.practice-list > li')

/** "Practices found" agrees with the cards listed when they fit on one page. */
async function expectCountMatchesCards(page: Page): Promise<number> {
  const total = await announcedTotal(page)
  expect(total).toBeGreaterThan(0)
  if (total <= 20) await expect(results(page)).toHaveCount(total)
  else await expect(results(page)).toHaveCount(20)
  return total
}

/** Opens a facet group of the filter form (a <details>) and ticks one of its values. */
async function tick(page: Page, facet: string, value: RegExp) {
  const filters = page.getByRole('region', { name: en.filters.heading })
  const group = filters.locator('details.facet').filter({ has: page.locator('summary', { hasText: facet }) })
  if (!(await group.evaluate((details) => (details as HTMLDetailsElement).open))) await group.locator('summary').first().click()
  await group.getByRole('checkbox', { name: value }).check()
}

async function searchFilterAndOpen(page: Page) {
  await page.goto('/en/practices')
  await expect(page.getByRole('heading', { level: 1, name: en.title })).toBeVisible()

  // A word, sent with the search button.
  await page.getByRole('searchbox', { name: en.search.label }).fill('heating')
  await page.getByRole('button', { name: en.search.button, exact: true }).click()
  await expect(page).toHaveURL(/\/en\/practices\?q=heating$/)
  await expect(page).toHaveTitle(/heating/)
  const found = await expectCountMatchesCards(page)

  // A world region and a theme, ticked in the filter form and applied with its button.
  await tick(page, en.filters.facets.region, /^Europe \(\d+\)$/)
  await tick(page, en.filters.facets.theme, /^Energy systems \(\d+\)$/)
  await page.getByRole('button', { name: en.filters.apply }).click()
  await expect(page).toHaveURL(/[?&]region=europe(&|$)/)
  await expect(page).toHaveURL(/[?&]theme=energy-systems(&|$)/)
  await expect(page).toHaveURL(/[?&]q=heating(&|$)/)
  const applied = page.getByRole('list', { name: en.filters.active })
  await expect(applied.getByRole('link', { name: /World region: Europe/ })).toBeVisible()
  await expect(applied.getByRole('link', { name: /Theme: Energy systems/ })).toBeVisible()
  const filtered = await expectCountMatchesCards(page)
  expect(filtered).toBeLessThanOrEqual(found)
  // The count next to the chosen region is the number of results shown.
  await expect(page.getByRole('checkbox', { name: new RegExp(`^Europe \\(${filtered}\\)$`) })).toBeChecked()
  for (const place of await page.locator('.practice-card__place').allInnerTexts()) expect(place).toMatch(/, \S/)

  // Removing one filter keeps the others.
  await applied.getByRole('link', { name: /Theme: Energy systems/ }).click()
  await expect(page).toHaveURL(/\/en\/practices\?q=heating&region=europe$/)
  await expect(applied.getByRole('link', { name: /Theme: Energy systems/ })).toHaveCount(0)
  await expect(applied.getByRole('link', { name: /World region: Europe/ })).toBeVisible()

  // A practice from the list.
  const first = results(page).first().getByRole('heading', { level: 3 }).getByRole('link')
  const title = await first.innerText()
  await first.click()
  await expect(page).toHaveURL(/\/en\/practices\/[a-z0-9-]+$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
}

async function followTheMap(page: Page) {
  await page.goto('/en')
  const map = page.getByRole('group', { name: en.map.homeHeading })
  const country = map.getByRole('link', { name: /^Denmark: \d+ practices?$/ })
  expect(await country.getAttribute('href')).toBe('/en/practices?country=DK')
  const label = await country.locator('title').textContent()
  await country.focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/en\/practices\?country=DK$/)
  await expect(page.getByRole('list', { name: en.filters.active }).getByRole('link', { name: /Country: Denmark/ })).toBeVisible()
  const total = await expectCountMatchesCards(page)
  expect(label).toContain(`${total} practice`)
  for (const place of await page.locator('.practice-card__place').allInnerTexts()) expect(place).toMatch(/Denmark$/)

  // The list's own map offers the same links, and the same figures as a table.
  const table = page.getByRole('table', { name: en.map.countriesCaption })
  await page.getByText(en.map.textAlternative).click()
  await expect(table.getByRole('link', { name: 'Denmark' })).toHaveAttribute('href', '/en/practices?country=DK')
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`the repository with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled })

    test('a visitor searches a word, filters by region and theme, and opens a practice', async ({ page }) => {
      await searchFilterAndOpen(page)
    })

    test('a visitor follows the map from the home page to a country’s practices', async ({ page }) => {
      await followTheMap(page)
    })

    test('a long result list is paged with stable addresses', async ({ page }) => {
      await page.goto('/en/practices')
      // The demo seeds more than one page of practices.
      expect(await announcedTotal(page)).toBeGreaterThan(20)
      const pages = page.getByRole('navigation', { name: en.pagination.label })
      await expect(pages.getByRole('link', { name: 'Page 1', exact: true })).toHaveAttribute('aria-current', 'page')
      await pages.getByRole('link', { name: en.pagination.nextPage }).click()
      await expect(page).toHaveURL(/\/en\/practices\?page=2$/)
      await expect(pages.getByRole('link', { name: 'Page 2', exact: true })).toHaveAttribute('aria-current', 'page')
      await expect(pages.getByRole('link', { name: en.pagination.previousPage })).toHaveAttribute('href', '/en/practices')
    })
  })
}

test('a visitor keeps the evaluated practices with a current label, then sorts all by evaluation score', async ({ page }) => {
  const evaluation = en.filters.evaluation
  const exactly = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(\\d+\\)$`)
  await page.goto('/en/practices')
  const group = page
    .getByRole('region', { name: en.filters.heading })
    .locator('details.facet')
    .filter({ has: page.locator('summary', { hasText: evaluation.heading }) })
  await group.locator('summary').first().click()
  await group.getByRole('checkbox', { name: exactly(evaluation.evaluatedOnly) }).check()
  // The demo's evaluated practices score at least 50 %, and some carry the label.
  await group.getByRole('combobox', { name: evaluation.minScore }).selectOption('50')
  await group.getByRole('checkbox', { name: exactly(evaluation.labelOnly) }).check()
  await page.getByRole('button', { name: en.filters.apply }).click()
  await expect(page).toHaveURL(/\/en\/practices\?evaluated=1&minScore=50&label=1$/)
  const total = await expectCountMatchesCards(page)
  await expect(page.locator('.practice-card').getByText(en.card.label, { exact: true })).toHaveCount(Math.min(total, 20))
  const applied = page.getByRole('list', { name: en.filters.active })
  await expect(applied.getByRole('link', { name: evaluation.labelOnly })).toBeVisible()
  await expect(applied.getByRole('link', { name: /Minimum score: 50% or more/ })).toBeVisible()
  await expectNoSeriousViolations(page)

  await page.getByRole('link', { name: en.filters.clearAll }).click()
  await expect(page).toHaveURL(/\/en\/practices$/)
  await page.getByRole('combobox', { name: en.sort.label }).selectOption({ label: en.sort.score })
  await page.getByRole('button', { name: en.sort.button, exact: true }).click()
  await expect(page).toHaveURL(/\/en\/practices\?sort=score$/)
  // The best score first: an evaluated practice.
  await expect(results(page).first().getByText(en.card.evaluation, { exact: true })).toBeVisible()
})

test('a misspelt word still finds practices, and says so', async ({ page }) => {
  await page.goto('/en/practices?q=recyling')
  await expect(page.getByText(/No practice contains exactly “recyling”/)).toBeVisible()
  await expectCountMatchesCards(page)
})

test('a search without results says what to try next', async ({ page }) => {
  await page.goto('/en/practices?q=xqzvwptrk')
  await expect(page.getByRole('heading', { name: en.results.noResultsTitle })).toBeVisible()
  await expect(page.getByRole('link', { name: en.results.browseAll })).toHaveAttribute('href', '/en/practices')
})

test('a search sent by the form is answered at its one canonical address', async ({ request }) => {
  const response = await request.get('/en/practices?q=&theme=mobility&from=&to=&region=europe&sort=relevance', { maxRedirects: 0 })
  expect(response.status()).toBe(307)
  expect(response.headers().location).toMatch(/\/en\/practices\?theme=mobility&region=europe$/)
})

test('filtered repository pages have no serious or critical accessibility violations', async ({ page }) => {
  await page.goto('/en/practices?q=heating&region=europe&theme=energy-systems')
  await expectNoSeriousViolations(page)
  // Folded filter groups and the map's table too.
  await page.locator('details').evaluateAll((all) => all.forEach((details) => ((details as HTMLDetailsElement).open = true)))
  await expectNoSeriousViolations(page)
})

test('the French repository has no serious or critical accessibility violations', async ({ page }) => {
  const response = await page.goto('/fr/practices')
  expect(response?.status()).toBe(200)
  await expect(page.getByRole('heading', { level: 1, name: fr.title })).toBeVisible()
  await expectNoSeriousViolations(page)
})
