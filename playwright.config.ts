import { defineConfig, devices } from '@playwright/test'

import { E2E_ADMIN_PASSWORD, E2E_ORIGIN } from './tests/support/e2e-settings'

/**
 * End-to-end tests in Debian's Chromium against a production build on a fresh embedded PostgreSQL
 * (tests/support/e2e-server.ts builds, seeds and serves it). The build dominates the run time.
 */
export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  workers: 1,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: E2E_ORIGIN,
    trace: 'retain-on-failure',
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
    headless: true,
  },
  projects: [{ name: 'chromium' }],
  webServer: {
    command: 'node --import tsx/esm tests/support/e2e-server.ts',
    url: `${E2E_ORIGIN}/api/health`,
    timeout: 15 * 60_000,
    reuseExistingServer: false,
    // The app's own log (Payload's errors with their stack) in the test output: a 500 seen by a test
    // then says why.
    stdout: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 20_000 },
    env: { E2E_ADMIN_PASSWORD },
  },
})
