import { type APIRequestContext, expect, type Page, test } from '@playwright/test'

import { getStrings } from '@/i18n/strings'
import { expectNoSeriousViolations } from '../support/axe'
import { signedInAdmin } from '../support/e2e-admin'

const en = getStrings('en')
const fr = getStrings('fr')
const marker = `e2epages${Date.now().toString(36)}`
const CONTACT_EMAIL = `contact-${marker}@example.org`

type Fixture = { practiceSlug: string; practiceTitle: string; followerSlug: string; followerTitle: string; draftSlug: string; citySlug: string; cityName: string; countrySlug: string; countryName: string }
let fixture: Fixture

const paragraph = (text: string) => ({
  root: {
    type: 'root', version: 1, direction: 'ltr', format: '', indent: 0,
    children: [{ type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, textStyle: '', children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }] }],
  },
})

async function created<T>(response: Awaited<ReturnType<APIRequestContext['post']>>): Promise<T> {
  expect(response.status(), await response.text()).toBe(201)
  return ((await response.json()) as { doc: T }).doc
}

/** A country (the seeded Denmark when it is there), a city of our own, and three practices. */
async function createFixture(admin: APIRequestContext): Promise<Fixture> {
  const found = (await (await admin.get('/api/countries?where[code][equals]=DK&depth=0&locale=en')).json()) as { docs: Array<{ id: number; slug: string; name: string }> }
  const country =
    found.docs[0] ??
    (await created<{ id: number; slug: string; name: string }>(
      await admin.post('/api/countries', { data: { name: 'Denmark', slug: 'denmark', code: 'DK', alpha3: 'DNK', numeric: '208', region: 'europe', subregion: 'northern_europe', euMember: true } }),
    ))
  const cityName = `Testborg ${marker}`
  const city = await created<{ id: number; slug: string }>(
    await admin.post('/api/cities', {
      data: { name: cityName, slug: `testborg-${marker}`, country: country.id, latitude: 55.4, longitude: 10.4, population: 450_000, populationYear: 2024, missionCity: true, targetYear: 2030 },
    }),
  )
  const themes = (await (await admin.get('/api/themes?limit=1&depth=0')).json()) as { docs: Array<{ id: number }> }
  const theme =
    themes.docs[0] ?? (await created<{ id: number }>(await admin.post('/api/themes', { data: { name: `Mobility ${marker}`, slug: `mobility-${marker}`, kind: 'domain' } })))
  const practiceTitle = `Harbour heat pumps ${marker}`
  const practice = await created<{ id: number; slug: string }>(
    await admin.post('/api/practices', {
      data: {
        title: practiceTitle,
        slug: `harbour-heat-pumps-${marker}`,
        summary: 'Seawater heat pumps heat a district that burned gas.',
        workflowStatus: 'approved',
        _status: 'published',
        leadCity: city.id,
        themes: [theme.id],
        challenge: paragraph('The district burned gas for heat.'),
        solution: paragraph('Large heat pumps draw heat from the harbour.'),
        implementation: { steps: [{ title: 'Feasibility study' }, { title: 'Construction' }], timeline: '2019 study; 2022 first heat.' },
        replication: { powers: 'A municipal utility.', budget: 'EUR 40 million.', partners: 'The port authority.', time: 'Four years.' },
        impact: { emissionsReduced: 12500, baselineYear: 2018, lifetimeYears: 25, method: 'gpc', verificationLevel: 'independently_verified', evidence: [{ label: 'Verification statement', url: 'https://example.org/statement.pdf' }] },
        budget: { amount: 40_000_000, currency: 'EUR', financing: 'Utility investment and a green loan.' },
        contacts: [{ name: 'Private Person', email: CONTACT_EMAIL }],
        lookingForPartners: true,
        sourceLinks: [{ label: 'Utility report', url: 'https://example.org/report' }],
      },
    }),
  )
  const followerTitle = `Harbour heat pumps adapted ${marker}`
  const follower = await created<{ slug: string }>(
    await admin.post('/api/practices', {
      data: {
        title: followerTitle,
        slug: `harbour-heat-adapted-${marker}`,
        summary: 'A smaller harbour adapts the heat pumps.',
        workflowStatus: 'approved',
        _status: 'published',
        leadCity: city.id,
        themes: [theme.id],
        replicates: practice.id,
        replicationKind: 'adapts',
      },
    }),
  )
  const draft = await created<{ slug: string }>(
    await admin.post('/api/practices?draft=true', {
      data: { title: `Unannounced ${marker}`, slug: `unannounced-${marker}`, summary: 'Not public.', _status: 'draft', leadCity: city.id, themes: [theme.id], replicates: practice.id },
    }),
  )
  return { practiceSlug: practice.slug, practiceTitle, followerSlug: follower.slug, followerTitle, draftSlug: draft.slug, citySlug: city.slug, cityName, countrySlug: country.slug, countryName: country.name }
}

test.beforeAll(async () => {
  const admin = await signedInAdmin()
  try {
    fixture = await createFixture(admin)
  } finally {
    await admin.dispose()
  }
})

async function expectPracticePage(page: Page) {
  await expect(page.getByRole('heading', { level: 1, name: fixture.practiceTitle })).toBeVisible()
  for (const section of [en.practice.sections.challenge, en.practice.sections.solution, en.practice.sections.implementation, en.practice.sections.impact, en.practice.sections.replication]) {
    await expect(page.getByRole('heading', { level: 2, name: section, exact: true })).toBeVisible()
  }
  const impact = page.locator('#impact')
  await expect(impact).toContainText('12,500')
  await expect(impact).toContainText(en.practice.units.tco2ePerYear)
  await expect(impact).toContainText(en.practice.verification.levels.independently_verified.name)
  await expect(impact.getByRole('link', { name: 'Verification statement' })).toHaveAttribute('href', 'https://example.org/statement.pdf')
  await expect(page.getByRole('heading', { name: en.practice.partners.lookingTitle })).toBeVisible()
  await expect(page.locator('#replication-family')).toContainText(fixture.followerTitle)
  await expect(page.getByRole('main')).not.toContainText(CONTACT_EMAIL)
  await expect(page.getByRole('main')).not.toContainText(`Unannounced ${marker}`)
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`a visitor with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled })

    test('opens a practice, then its lead city, its country and its region', async ({ page }) => {
      const response = await page.goto(`/en/practices/${fixture.practiceSlug}`)
      expect(response?.status()).toBe(200)
      await expectPracticePage(page)

      const cityBox = page.getByRole('region', { name: en.practice.leadCity.heading, exact: true })
      await expect(cityBox).toContainText(en.practice.leadCity.missionCity)
      await expect(cityBox).toContainText('450,000 (2024)')
      await cityBox.getByRole('link', { name: fixture.cityName, exact: true }).click()
      await expect(page).toHaveURL(new RegExp(`/en/cities/${fixture.citySlug}$`))
      await expect(page.getByRole('heading', { level: 1, name: fixture.cityName })).toBeVisible()
      await expect(page.getByRole('link', { name: fixture.practiceTitle })).toBeVisible()
      await expect(page.getByRole('main')).not.toContainText(`Unannounced ${marker}`)

      const breadcrumbs = page.getByRole('navigation', { name: en.geography.breadcrumb.label })
      await expect(breadcrumbs.locator('[aria-current="page"]')).toHaveText(fixture.cityName)
      await breadcrumbs.getByRole('link', { name: fixture.countryName }).click()
      await expect(page).toHaveURL(new RegExp(`/en/countries/${fixture.countrySlug}$`))
      await expect(page.getByRole('link', { name: fixture.cityName })).toBeVisible()

      await page.getByRole('navigation', { name: en.geography.breadcrumb.label }).getByRole('link', { name: 'Europe' }).click()
      await expect(page).toHaveURL(/\/en\/regions\/europe$/)
      await expect(page.getByRole('link', { name: fixture.countryName })).toBeVisible()
    })
  })
}

test('an unpublished practice has no page, and the follower shows its original', async ({ page }) => {
  expect((await page.goto(`/en/practices/${fixture.draftSlug}`))?.status()).toBe(404)
  await page.goto(`/en/practices/${fixture.followerSlug}`)
  const family = page.locator('#replication-family')
  await expect(family.getByRole('heading', { name: en.practice.family.original })).toBeVisible()
  await expect(family).toContainText(en.practice.family.thisAdapts)
  await expect(family.getByRole('link', { name: fixture.practiceTitle })).toBeVisible()
})

test('the practice page describes itself to search engines and social networks', async ({ page, request }) => {
  await page.goto(`/en/practices/${fixture.practiceSlug}`)
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? '') as Record<string, unknown>
  expect(jsonLd).toMatchObject({
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: fixture.practiceTitle,
    inLanguage: 'en',
    spatialCoverage: { '@type': 'Place', name: fixture.cityName, geo: { '@type': 'GeoCoordinates', latitude: 55.4, longitude: 10.4 } },
  })
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/en/practices/${fixture.practiceSlug}$`))
  await expect(page.locator('link[rel="alternate"][hreflang="fr"]')).toHaveAttribute('href', new RegExp(`/fr/practices/${fixture.practiceSlug}$`))
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image')
  const ogImage = await page.locator('meta[property="og:image"]').getAttribute('content')
  expect(ogImage).toContain(`/en/practices/${fixture.practiceSlug}/share-image`)
  const image = await request.get(new URL(ogImage ?? '').pathname)
  expect(image.status()).toBe(200)
  expect(image.headers()['content-type']).toBe('image/png')

  const sitemap = await (await request.get('/sitemap.xml')).text()
  expect(sitemap).toContain(`/en/practices/${fixture.practiceSlug}</loc>`)
  expect(sitemap).toContain(`/fr/cities/${fixture.citySlug}</loc>`)
  expect(sitemap).not.toContain(fixture.draftSlug)
})

test('printing a practice leaves out the navigation and keeps the content', async ({ page }) => {
  await page.goto(`/en/practices/${fixture.practiceSlug}`)
  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('.site-header')).toBeHidden()
  await expect(page.locator('.site-footer')).toBeHidden()
  await expect(page.getByRole('navigation', { name: en.practice.onThisPage })).toBeHidden()
  await expect(page.getByRole('heading', { level: 1, name: fixture.practiceTitle })).toBeVisible()
  await expect(page.locator('#impact')).toBeVisible()
  // Links print their address after them.
  const after = await page.getByRole('link', { name: 'Utility report' }).evaluate((link) => getComputedStyle(link, '::after').content)
  expect(after).toContain('https://example.org/report')
})

test('a French visitor reads the practice page in French', async ({ page }) => {
  await page.goto(`/fr/practices/${fixture.practiceSlug}`)
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
  await expect(page.getByRole('heading', { level: 2, name: fr.practice.sections.impact, exact: true })).toBeVisible()
  await expect(page.locator('#impact')).toContainText(fr.practice.verification.levels.independently_verified.name)
})

for (const locale of ['en', 'fr'] as const) {
  const paths = () => [
    `/${locale}/practices/${fixture.practiceSlug}`,
    `/${locale}/cities/${fixture.citySlug}`,
    `/${locale}/countries/${fixture.countrySlug}`,
    `/${locale}/regions/europe`,
    `/${locale}/regions`,
  ]
  test(`practice, city, country and region pages in ${locale} have no serious or critical accessibility violations`, async ({ page }) => {
    test.setTimeout(90_000)
    for (const path of paths()) {
      const response = await page.goto(path)
      expect(response?.status(), path).toBe(200)
      await expectNoSeriousViolations(page)
    }
  })
}

test('practice and place pages are served from the page cache and may be kept by a shared cache', async ({ request }) => {
  for (const path of [`/en/practices/${fixture.practiceSlug}`, `/fr/cities/${fixture.citySlug}`, `/en/countries/${fixture.countrySlug}`, '/pt/regions/europe']) {
    await request.get(path)
    const response = await request.get(path)
    expect(response.status(), path).toBe(200)
    expect(response.headers()['cache-control'], path).toMatch(/s-maxage=\d+/)
    expect(response.headers()['x-nextjs-cache'], path).toMatch(/HIT|STALE/)
  }
})
