import { expect, type Page, test } from '@playwright/test'

import { getStrings } from '@/i18n/strings'
import { expectNoSeriousViolations, expectNoSeriousViolationsWithoutJs } from '../support/axe'

/** The demo edition (src/seed/demo/event.ts): Brussels, 15–16 June 2027, summer time (UTC+2). */
const EDITION = '/en/events/global-outreach-2027'
const PROGRAMME = `${EDITION}/programme`
const en = getStrings('en').events

const opening = 'Opening plenary: from first movers to every city'
const reception = 'Twinning reception: Mission cities meet their partners'
const hillside = 'Bus rapid transit and cable cars: moving the hillside cities'
const streets = 'Streets for people: cycling and the 15-minute city'

const session = (page: Page, title: string) => page.getByRole('article', { name: title })

test.describe('the programme without JavaScript', () => {
  test.use({ javaScriptEnabled: false, timezoneId: 'Europe/Brussels' })

  test('a visitor picks another time zone and reads every session in it, beside the event’s time', async ({ page }) => {
    await page.goto(PROGRAMME)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Programme — Global Outreach Forum 2027')
    await expect(page.getByRole('heading', { level: 2, name: /^Tuesday,? 15 June 2027$/ })).toBeVisible()
    await expect(session(page, opening)).toContainText('09:00–10:15')
    await expect(session(page, opening)).not.toContainText(en.time.yourTime)

    await page.getByLabel(en.time.zoneLabel).selectOption('Asia/Tokyo')
    await page.getByRole('button', { name: en.programme.apply }).click()
    await expect(page).toHaveURL(/\/programme\?tz=Asia%2FTokyo$/)
    // Still grouped by the day in Brussels; Tokyo is seven hours ahead in June.
    await expect(session(page, opening)).toContainText(`${en.time.eventTime}: 09:00–10:15`)
    await expect(session(page, opening)).toContainText(`${en.time.yourTime}: 16:00–17:15 Tokyo (UTC+9)`)
    // An evening in Brussels is the next morning in Tokyo, and the page says which day.
    await expect(session(page, reception)).toContainText(new RegExp(`${en.time.yourTime}: Wednesday,? 16 June, 01:30–03:30`))
    await expect(page.getByLabel(en.time.zoneLabel)).toHaveValue('Asia/Tokyo')

    // The session page keeps the zone.
    await session(page, opening).getByRole('link', { name: opening, exact: true }).click()
    await expect(page).toHaveURL(/\/sessions\/opening-plenary-2027\?tz=Asia%2FTokyo$/)
    await expect(page.getByRole('main')).toContainText(`${en.time.yourTime}: 16:00–17:15 Tokyo (UTC+9)`)
  })

  test('a visitor filters the programme by track with a plain form, and clears the filter', async ({ page }) => {
    await page.goto(PROGRAMME)
    await page.getByLabel(en.programme.track, { exact: true }).selectOption({ label: 'Mobility & urban space' })
    await page.getByRole('button', { name: en.programme.apply }).click()
    // Empty fields are dropped: the filtered programme has one address.
    await expect(page).toHaveURL(/\/programme\?track=mobility-urban-space$/)
    await expect(page.getByText('2 sessions', { exact: true })).toBeVisible()
    await expect(session(page, hillside)).toBeVisible()
    await expect(session(page, streets)).toBeVisible()
    await expect(session(page, opening)).toHaveCount(0)
    // Both days still head their sessions, in the event's zone.
    await expect(page.getByRole('heading', { level: 2, name: /^Wednesday,? 16 June 2027$/ })).toBeVisible()

    await page.getByRole('link', { name: en.programme.clear }).click()
    await expect(page).toHaveURL(new RegExp(`${PROGRAMME}$`))
    await expect(page.getByText('11 sessions', { exact: true })).toBeVisible()
  })

  test('a value that matches nothing is dropped from the address', async ({ page }) => {
    await page.goto(`${PROGRAMME}?type=keynote&track=mobility-urban-space&tz=Mars%2FOlympus`)
    await expect(page).toHaveURL(/\/programme\?track=mobility-urban-space$/)
  })

  test('a visitor goes from a session to its speaker, and the speaker who did not consent is nowhere', async ({ page, request }) => {
    await page.goto(PROGRAMME)
    await expect(page.getByRole('main')).not.toContainText('Verhoeven')
    await session(page, hillside).getByRole('link', { name: hillside, exact: true }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(hillside)
    await expect(page.getByRole('heading', { name: en.session.showcased })).toBeVisible()
    await expect(page.getByRole('link', { name: /TransMilenio/ })).toHaveAttribute('href', /^\/en\/practices\//)
    await expect(page.getByRole('link', { name: en.session.addToCalendar })).toHaveAttribute(
      'href',
      `${EDITION}/sessions/moving-hillside-cities-2027/calendar.ics`,
    )

    await page.getByRole('link', { name: 'Lucía Restrepo' }).click()
    await expect(page).toHaveURL(`${EDITION}/speakers/lucia-restrepo`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lucía Restrepo')
    await expect(page.getByRole('main')).toContainText('Director of urban mobility')
    await expect(page.getByRole('link', { name: streets })).toBeVisible()

    await page.goto(`${EDITION}/speakers`)
    await expect(page.getByRole('link', { name: 'Lucía Restrepo' })).toBeVisible()
    await expect(page.getByRole('main')).not.toContainText('Verhoeven')
    await page.goto(`${EDITION}/sessions/opening-plenary-2027`)
    await expect(page.getByRole('main')).not.toContainText('Verhoeven')
    expect((await request.get(`${EDITION}/speakers/marc-verhoeven`)).status()).toBe(404)
  })

  test('the event’s pages pass axe as served without JavaScript', async ({ page }) => {
    for (const path of [EDITION, `${PROGRAMME}?tz=America%2FNew_York`, `${EDITION}/sessions/heat-without-coal-2027`, `${EDITION}/speakers/ingrid-halvorsen`]) {
      await page.goto(path)
      await expectNoSeriousViolationsWithoutJs(page)
    }
  })
})

test.describe('the programme with JavaScript', () => {
  test.use({ javaScriptEnabled: true, timezoneId: 'America/Sao_Paulo' })

  test('offers the browser’s own time zone as a link', async ({ page }) => {
    await page.goto(PROGRAMME)
    await page.getByRole('link', { name: en.time.useBrowserZone.replace('{{zone}}', 'America/Sao Paulo') }).click()
    await expect(page).toHaveURL(/\/programme\?tz=America%2FSao_Paulo$/)
    // 09:00 in Brussels (UTC+2) is 04:00 in São Paulo (UTC−3).
    await expect(session(page, opening)).toContainText(`${en.time.yourTime}: 04:00–05:15`)
  })

  test('the edition, programme, session and speaker pages pass axe', async ({ page }) => {
    for (const path of [EDITION, PROGRAMME, `${EDITION}/sessions/heat-without-coal-2027`, `${EDITION}/speakers`, `${EDITION}/speakers/ingrid-halvorsen`]) {
      await page.goto(path)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      await expectNoSeriousViolations(page)
    }
  })

  test('the edition page shows its dates in Brussels, the registration state and the way to register', async ({ page }) => {
    await page.goto(EDITION)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Global Outreach Forum 2027')
    await expect(page.getByRole('main')).toContainText('15 June 2027 at 09:00 – 16 June 2027 at 17:30, Brussels (UTC+2)')
    await expect(page.getByRole('link', { name: en.registration.register })).toHaveAttribute('href', `${EDITION}/register`)
    await expect(page.getByRole('link', { name: en.edition.feedLink })).toHaveAttribute('href', `${EDITION}/programme.ics`)
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? '{}') as Record<string, unknown>
    expect(jsonLd).toMatchObject({ '@type': 'Event', startDate: '2027-06-15T09:00:00+02:00', eventAttendanceMode: 'https://schema.org/MixedEventAttendanceMode' })
    expect(JSON.stringify(jsonLd)).not.toContain('stream.example.org')
  })
})
