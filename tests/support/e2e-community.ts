import { execFileSync } from 'node:child_process'

import { type Browser, expect, type Page } from '@playwright/test'

import { E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD } from './e2e-settings'

export const uniqueTag = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`

/**
 * A verified member made on the e2e server's database (tests/support/e2e-community-poster.ts) and
 * signed in on the page's context through Payload's login. A `new` member's first posts wait for
 * review; a `trusted` one publishes at once. Returns her address.
 */
export async function signInAsMember(page: Page, standing: 'new' | 'trusted', password: string, prefix = 'e2e-member'): Promise<string> {
  const email = `${prefix}-${uniqueTag()}@example.org`
  execFileSync(process.execPath, ['--import', 'tsx/esm', 'tests/support/e2e-community-poster.ts', email, password, standing], { encoding: 'utf8' })
  const response = await page.request.post('/api/members/login', { data: { email, password } })
  expect(response.status()).toBe(200)
  return email
}

/** The e2e admin (a moderator) in a page of her own, without JavaScript: the review queue is plain forms. */
export async function moderatorPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage({ javaScriptEnabled: false })
  const response = await page.request.post('/api/users/login', { data: { email: E2E_ADMIN_EMAIL, password: E2E_ADMIN_PASSWORD } })
  expect(response.status()).toBe(200)
  return page
}
