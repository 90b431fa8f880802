import { type APIRequestContext, expect, type Locator, type Page, test } from '@playwright/test'

import { getStrings } from '@/i18n/strings'
import { expectNoSeriousViolations, expectNoSeriousViolationsWithoutJs } from '../support/axe'
import { signedInAdmin } from '../support/e2e-admin'

const en = getStrings('en').funding

// Letters only, so that the text search reads it as one word.
const marker = `fund${Array.from(Date.now().toString(36), (char) => (/\d/.test(char) ? 'abcdefghij'[Number(char)] : char)).join('')}`

type Fixture = {
  countryName: string
  cityName: string
  citySlug: string
  loan: { title: string; slug: string }
  grant: { title: string; slug: string }
  european: { title: string }
  closed: { title: string }
  draft: { slug: string; title: string }
}
let fixture: Fixture

async function created<T>(response: Awaited<ReturnType<APIRequestContext['post']>>): Promise<T> {
  expect(response.status(), await response.text()).toBe(201)
  return ((await response.json()) as { doc: T }).doc
}

/**
 * An ODA-eligible African country and a large city of our own, and five actions carrying the run's
 * marker: two open to the city (a listed country; a region with the ODA rule and a minimum size),
 * one for EU cities only, one closed, one draft.
 */
async function createFixture(admin: APIRequestContext): Promise<Fixture> {
  const found = (await (await admin.get('/api/countries?where[code][equals]=XW&depth=0&locale=en')).json()) as { docs: Array<{ id: number; name: string }> }
  const country =
    found.docs[0] ??
    (await created<{ id: number; name: string }>(
      await admin.post('/api/countries', {
        data: { name: 'Ruritania', slug: 'ruritania', code: 'XW', alpha3: 'XWX', numeric: '997', region: 'africa', subregion: 'sub_saharan_africa', odaEligible: true },
      }),
    ))
  const cityName = `Strelsau ${marker}`
  const city = await created<{ id: number; slug: string }>(
    await admin.post('/api/cities', { data: { name: cityName, slug: `strelsau-${marker}`, country: country.id, latitude: -1.3, longitude: 36.8, population: 4_400_000 } }),
  )
  const action = async (data: Record<string, unknown>, draft = false) =>
    created<{ slug: string; title: string }>(
      await admin.post(`/api/funding-actions${draft ? '?draft=true' : ''}`, {
        data: {
          summary: `A test action (${marker}).`,
          level: 'national',
          direction: 'outbound',
          lastVerifiedAt: new Date().toISOString(),
          _status: draft ? 'draft' : 'published',
          ...data,
        },
      }),
    )
  const loan = await action({
    title: `Clean bus loans ${marker}`,
    instruments: ['loan'],
    eligibility: { countries: [country.id], countryScope: 'any', applicantTypes: ['city'] },
    dates: { closesAt: '2031-01-30T16:00:00.000Z', closesAt_tz: 'Europe/Brussels' },
  })
  const grant = await action({
    title: `Resilience grants ${marker}`,
    instruments: ['grant'],
    isDemo: true,
    eligibility: { regions: ['africa'], countryScope: 'oda', minPopulation: 500_000 },
    dates: { rolling: true },
  })
  const european = await action({ title: `European exchange ${marker}`, instruments: ['grant', 'matchmaking'], direction: 'inbound', eligibility: { countryScope: 'eu_associated' }, dates: { closesAt: '2031-03-01T10:00:00.000Z' } })
  const closed = await action({ title: `Closed heat call ${marker}`, instruments: ['grant'], eligibility: { countryScope: 'any' }, dates: { closesAt: '2024-01-01T10:00:00.000Z' } })
  const draft = await action({ title: `Unannounced facility ${marker}`, instruments: ['grant'], eligibility: { countryScope: 'any' } }, true)
  return { countryName: country.name, cityName, citySlug: city.slug, loan, grant, european, closed, draft }
}

test.beforeAll(async () => {
  const admin = await signedInAdmin()
  try {
    fixture = await createFixture(admin)
  } finally {
    await admin.dispose()
  }
})

const results = (page: Page) => page.locator('.funding-list > li')
const card = (page: Page, title: string): Locator => results(page).filter({ has: page.getByRole('link', { name: title, exact: true }) })

/** Opens a facet group of the filter form (a <details>) and ticks one of its values. */
async function tick(page: Page, facet: string, value: RegExp) {
  const group = page.getByRole('region', { name: en.filters.heading }).locator('details.facet').filter({ has: page.locator('summary', { hasText: facet }) })
  if (!(await group.evaluate((details) => (details as HTMLDetailsElement).open))) await group.locator('summary').first().click()
  await group.getByRole('checkbox', { name: value }).check()
}

async function searchFilterAndOpen(page: Page) {
  await page.goto('/en/funding')
  await expect(page.getByRole('heading', { level: 1, name: en.title })).toBeVisible()
  await page.getByRole('searchbox', { name: en.search.label }).fill(marker)
  await page.getByRole('button', { name: en.search.button, exact: true }).click()
  await expect(page).toHaveURL(new RegExp(`/en/funding\\?q=${marker}$`))
  // The closed call is hidden until asked for; the draft never shows.
  await expect(page.getByRole('status').filter({ hasText: '3 funding actions found' })).toBeVisible()
  await expect(results(page)).toHaveCount(3)
  await expect(page.getByRole('main')).not.toContainText(fixture.closed.title)
  await expect(page.getByRole('main')).not.toContainText(fixture.draft.title)
  await expect(card(page, fixture.loan.title)).toContainText('30 January 2031, 17:00 (Brussels time)')
  await expect(card(page, fixture.grant.title)).toContainText(en.card.demo)

  await tick(page, en.filters.facets.instrument, /^Loan \(1\)$/)
  await page.getByRole('button', { name: en.filters.apply }).click()
  await expect(page).toHaveURL(new RegExp(`/en/funding\\?q=${marker}&instrument=loan$`))
  await expect(results(page)).toHaveCount(1)
  await expect(page.getByRole('list', { name: en.filters.active }).getByRole('link', { name: /Instrument: Loan/ })).toBeVisible()

  await page.getByRole('link', { name: fixture.loan.title, exact: true }).click()
  await expect(page).toHaveURL(new RegExp(`/en/funding/${fixture.loan.slug}$`))
  await expect(page.getByRole('heading', { level: 1, name: fixture.loan.title })).toBeVisible()
  await expect(page.locator('#dates')).toContainText('30 January 2031, 17:00 (Brussels time)')
  await expect(page.locator('#eligibility')).toContainText(fixture.countryName)
}

async function findWhatMyCityCanApplyFor(page: Page) {
  await page.goto(`/en/funding?q=${marker}`)
  const byCity = page.locator('form').filter({ has: page.getByRole('combobox', { name: en.eligibility.city }) })
  await byCity.getByRole('combobox', { name: en.eligibility.city }).selectOption({ label: fixture.cityName })
  await byCity.getByRole('combobox', { name: en.eligibility.applicant }).selectOption('city')
  await byCity.getByRole('button', { name: en.eligibility.button }).click()
  await expect(page).toHaveURL(new RegExp(`/en/funding\\?q=${marker}&city=${fixture.citySlug}&applicant=city$`))
  await expect(page.getByText(`Showing what ${fixture.cityName}, ${fixture.countryName} can apply for as: City or local government.`)).toBeVisible()
  await expect(results(page)).toHaveCount(2)
  await expect(page.getByRole('main')).not.toContainText(fixture.european.title)

  const why = `Why it is open to ${fixture.cityName}`
  await expect(card(page, fixture.loan.title).getByRole('list', { name: why })).toContainText(`${fixture.countryName} is on the list of eligible countries`)
  await expect(card(page, fixture.loan.title).getByRole('list', { name: why })).toContainText('Open to city or local governments')
  const grantReasons = card(page, fixture.grant.title).getByRole('list', { name: why })
  await expect(grantReasons).toContainText(`For ODA-eligible countries: ${fixture.countryName} is one`)
  await expect(grantReasons).toContainText('Open to cities in Africa')
  await expect(grantReasons).toContainText(`Minimum population 500,000 — ${fixture.cityName} has 4.4 million`)
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`funding with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled })

    test('a visitor searches, filters by instrument and opens an action', async ({ page }) => {
      await searchFilterAndOpen(page)
    })

    test('a visitor picks her city and sees what she can apply for, and why', async ({ page }) => {
      await findWhatMyCityCanApplyFor(page)
      if (!javaScriptEnabled) await expectNoSeriousViolationsWithoutJs(page)
    })

    test('a visitor who picks a country sees the actions open to it', async ({ page }) => {
      await page.goto(`/en/funding?q=${marker}`)
      const byCountry = page.locator('form').filter({ has: page.getByRole('combobox', { name: en.eligibility.country }) })
      await byCountry.getByRole('combobox', { name: en.eligibility.country }).selectOption({ label: fixture.countryName })
      await byCountry.getByRole('button', { name: en.eligibility.button }).click()
      await expect(page).toHaveURL(new RegExp(`/en/funding\\?q=${marker}&country=XW$`))
      await expect(results(page)).toHaveCount(2)
      await expect(card(page, fixture.grant.title)).toContainText('Minimum population 500,000 — check your city’s population')
    })
  })
}

test('closed actions are shown when asked for', async ({ page }) => {
  await page.goto(`/en/funding?q=${marker}`)
  await page.getByRole('checkbox', { name: en.filters.showClosed }).check()
  await page.getByRole('button', { name: en.filters.apply }).click()
  await expect(page).toHaveURL(new RegExp(`/en/funding\\?q=${marker}&closed=1$`))
  await expect(results(page)).toHaveCount(4)
  await expect(card(page, fixture.closed.title)).toContainText('Closed')
})

test('an unknown city in the address is answered with a message and no results', async ({ page }) => {
  const response = await page.goto('/en/funding?city=atlantis')
  expect(response?.status()).toBe(200)
  // (Next.js adds an empty alert of its own, the route announcer.)
  await expect(page.getByRole('alert').filter({ hasText: 'atlantis' })).toHaveText(
    'We do not know a city called “atlantis”. Choose your city from the list, or choose your country.',
  )
  await expect(results(page)).toHaveCount(0)
})

test('a draft action has no public page and is not in the sitemap; published ones are', async ({ request }) => {
  expect((await request.get(`/en/funding/${fixture.draft.slug}`)).status()).toBe(404)
  const sitemap = await (await request.get('/sitemap.xml')).text()
  expect(sitemap).toContain(`/en/funding/${fixture.loan.slug}</loc>`)
  expect(sitemap).not.toContain(fixture.draft.slug)
})

test('a city page lists the funding the city could use, with the reason, and links to all of it', async ({ page }) => {
  await page.goto(`/en/cities/${fixture.citySlug}`)
  const section = page.getByRole('region', { name: en.city.heading })
  await expect(section.getByRole('link', { name: fixture.loan.title })).toBeVisible()
  await expect(section).toContainText(`${fixture.countryName} is on the list of eligible countries`)
  await expect(section).not.toContainText(fixture.european.title)
  await expect(section.getByRole('link', { name: `All funding for ${fixture.cityName}` })).toHaveAttribute('href', `/en/funding?city=${fixture.citySlug}`)
})

test('a funding search sent by the form is answered at its one canonical address', async ({ request }) => {
  const response = await request.get(`/en/funding?q=&city=&country=&applicant=&instrument=loan&direction=outbound&closed=on`, { maxRedirects: 0 })
  expect(response.status()).toBe(307)
  expect(response.headers().location).toMatch(/\/en\/funding\?direction=outbound&instrument=loan&closed=1$/)
})

test('the funding pages have no serious or critical accessibility violations', async ({ page }) => {
  for (const path of ['/en/funding', `/en/funding?city=${fixture.citySlug}&applicant=city`, `/en/funding/${fixture.grant.slug}`, '/fr/funding']) {
    const response = await page.goto(path)
    expect(response?.status(), path).toBe(200)
    await expectNoSeriousViolations(page)
  }
  // Folded filter groups too.
  await page.goto(`/en/funding?q=${marker}`)
  await page.locator('details').evaluateAll((all) => all.forEach((details) => ((details as HTMLDetailsElement).open = true)))
  await expectNoSeriousViolations(page)
})
