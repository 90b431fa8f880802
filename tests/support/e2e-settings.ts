import os from 'node:os'
import path from 'node:path'

/** Where the end-to-end server listens and the admin account it creates; shared by config, server and tests. */
export const E2E_PORT = 3100
export const E2E_ORIGIN = `http://127.0.0.1:${E2E_PORT}`
export const E2E_ADMIN_EMAIL = 'e2e-admin@gkec.localhost'
// A throwaway account on a throwaway database that lives as long as one test run.
export const E2E_ADMIN_PASSWORD = process.env.E2E_ADMIN_PASSWORD || 'e2e-Admin-password-4-tests'
// Where the e2e server tells the tests how to reach its database, for work no HTTP API offers
// (e.g. queueing a scheduled publish); it lives as long as one test run.
export const E2E_STATE_FILE = path.join(os.tmpdir(), `gkec-e2e-state-${E2E_PORT}.json`)
