import { type APIRequestContext, expect, test } from '@playwright/test'

import { getStrings } from '@/i18n/strings'
import { expectNoSeriousViolations, expectNoSeriousViolationsWithoutJs } from '../support/axe'

const en = getStrings('en').evaluation
const fr = getStrings('fr').evaluation

type PublicRubric = {
  version: number
  title: string
  criteria: Array<{ key: string; name: string; description: string; levels: Array<{ score: number; descriptor: string }> }>
}

/** The rubric in force as the public API gives it (the seeded version 1 unless an editor published another). */
async function rubricInForce(request: APIRequestContext, locale: 'en' | 'fr'): Promise<PublicRubric> {
  const response = await request.get(`/api/rubrics?where[status][equals]=current&locale=${locale}&depth=0&limit=1`)
  expect(response.status()).toBe(200)
  const { docs } = (await response.json()) as { docs: PublicRubric[] }
  expect(docs, 'the seed makes a rubric version current').toHaveLength(1)
  return docs[0]
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`the methodology with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled })

    test('publishes the rubric in force, criterion by criterion, and how scores become a label', async ({ page, request }) => {
      const rubric = await rubricInForce(request, 'en')
      expect(rubric.criteria.length).toBeGreaterThan(0)
      const response = await page.goto('/en/methodology')
      expect(response?.status()).toBe(200)
      await expect(page.getByRole('heading', { level: 1, name: en.methodology.title })).toBeVisible()
      const main = page.getByRole('main')
      await expect(main).toContainText(rubric.title)
      await expect(main).toContainText(`Version ${rubric.version}`)
      for (const criterion of rubric.criteria) {
        const section = main.getByRole('region', { name: criterion.name, exact: true })
        await expect(section).toContainText(criterion.description)
        await expect(section.getByRole('row')).toHaveCount(criterion.levels.length + 1)
        for (const level of criterion.levels) await expect(section).toContainText(level.descriptor)
      }
      await expect(main.getByRole('heading', { level: 2, name: en.methodology.aggregationHeading })).toBeVisible()
      await expect(main.getByRole('heading', { level: 2, name: en.methodology.labelHeading })).toBeVisible()
      await expect(main).toContainText(en.scorecard.label)
      if (javaScriptEnabled) await expectNoSeriousViolations(page)
      else await expectNoSeriousViolationsWithoutJs(page)
    })
  })
}

test('the methodology speaks the visitor’s language, the rubric included', async ({ page, request }) => {
  const rubric = await rubricInForce(request, 'fr')
  await page.goto('/fr/methodology')
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
  await expect(page.getByRole('heading', { level: 1, name: fr.methodology.title })).toBeVisible()
  await expect(page.getByRole('main')).toContainText(rubric.title)
  await expect(page.getByRole('heading', { level: 3, name: rubric.criteria[0].name, exact: true })).toBeVisible()
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', /\/en\/methodology$/)
})

for (const javaScriptEnabled of [true, false]) {
  test.describe(`a scorecard with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled })

    test('a labelled demo practice shows its scorecard, which leads to the methodology', async ({ page, request }) => {
      const found = await request.get('/api/scorecards?where[status][equals]=labelled&depth=1&limit=1&sort=-computedAt')
      expect(found.status()).toBe(200)
      const { docs } = (await found.json()) as { docs: Array<{ practice: { slug: string }; criteria: unknown[] }> }
      expect(docs.length, 'the demo seed evaluates featured practices').toBeGreaterThan(0)
      const [result] = docs

      await page.goto(`/en/practices/${result.practice.slug}`)
      const scorecard = page.getByTestId('scorecard')
      await expect(scorecard.getByRole('heading', { level: 2, name: en.scorecard.heading })).toBeVisible()
      await expect(scorecard).toContainText(en.scorecard.label)
      await expect(scorecard.getByRole('img')).toHaveCount(result.criteria.length)
      await expect(scorecard).toContainText(en.scorecard.anonymous)
      if (javaScriptEnabled) await expectNoSeriousViolations(page)
      else await expectNoSeriousViolationsWithoutJs(page)
      await scorecard.getByRole('link', { name: en.scorecard.methodologyLink }).click()
      await expect(page).toHaveURL(/\/en\/methodology$/)
    })
  })
}
