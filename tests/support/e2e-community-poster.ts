/**
 * Creates a verified community member with a known password on the e2e server's database and prints
 * her id as JSON: `node --import tsx/esm tests/support/e2e-community-poster.ts <email> <password> new|trusted`.
 * A `new` member's first posts wait for review; a `trusted` one (5 published posts, trust level 1)
 * publishes at once. (Members sign up through the portal only; this stands in for sign-up.)
 */
import { readFileSync } from 'node:fs'

import { E2E_STATE_FILE } from './e2e-settings'

const [email, password, standing] = process.argv.slice(2)
const state = JSON.parse(readFileSync(E2E_STATE_FILE, 'utf8')) as { DATABASE_URL: string; PAYLOAD_SECRET: string }
Object.assign(process.env, state, { JOBS_AUTORUN: 'false' })

const [{ getPayload }, { default: config }, { closePayload }] = await Promise.all([import('payload'), import('@payload-config'), import('@/db/closePayload')])
const payload = await getPayload({ config, disableOnInit: true })
const moderation = standing === 'trusted' ? { publishedPosts: 5, trustLevel: 1 } : { publishedPosts: 0, trustLevel: 0 }
const member = await payload.create({
  collection: 'members',
  overrideAccess: true,
  disableVerificationEmail: true,
  // `as never`: Payload's create type does not list an auth collection's password.
  data: { name: `E2E Poster ${standing}`, email, password, locale: 'en', termsAcceptedAt: new Date().toISOString(), _verified: true, moderation } as never,
})
console.log(JSON.stringify({ id: member.id }))
await closePayload(payload)
process.exit(0)
