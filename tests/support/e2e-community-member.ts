/**
 * Creates a verified community member with a known password on the e2e server's database, following
 * the `mobility` space and its newest listed thread, and prints her id and signed unsubscribe tokens
 * as JSON: `node --import tsx/esm tests/support/e2e-community-member.ts <email> <password>`.
 * (Members sign up through the portal only; this stands in for sign-up and email confirmation.)
 */
import { readFileSync } from 'node:fs'

import { E2E_STATE_FILE } from './e2e-settings'

const [email, password] = process.argv.slice(2)
const state = JSON.parse(readFileSync(E2E_STATE_FILE, 'utf8')) as { DATABASE_URL: string; PAYLOAD_SECRET: string }
Object.assign(process.env, state, { JOBS_AUTORUN: 'false' })

const [{ getPayload }, { default: config }, { closePayload }, { signUnsubscribeToken }] = await Promise.all([
  import('payload'),
  import('@payload-config'),
  import('@/db/closePayload'),
  import('@/lib/community/notifications/tokens'),
])
const payload = await getPayload({ config, disableOnInit: true })
const member = await payload.create({
  collection: 'members',
  overrideAccess: true,
  disableVerificationEmail: true,
  // `as never`: Payload's create type does not list an auth collection's password.
  data: { name: 'E2E Follower', email, password, locale: 'en', termsAcceptedAt: new Date().toISOString(), _verified: true } as never,
})
const { docs: spaces } = await payload.find({ collection: 'community-spaces', where: { slug: { equals: 'mobility' } }, limit: 1, overrideAccess: true, depth: 0 })
const space = spaces[0]
const { docs: threads } = await payload.find({
  collection: 'community-posts',
  where: { and: [{ listed: { equals: true } }, { thread: { exists: false } }, { space: { equals: space.id } }] },
  sort: '-createdAt',
  limit: 1,
  overrideAccess: true,
  depth: 0,
})
const thread = threads[0]
const write = { overrideAccess: true, depth: 0 } as const
await payload.create({ collection: 'community-follows', ...write, data: { member: member.id, space: space.id, cadence: 'immediate' } })
await payload.create({ collection: 'community-follows', ...write, data: { member: member.id, thread: thread.id, cadence: 'immediate' } })
console.log(
  JSON.stringify({
    id: member.id,
    threadTitle: thread.title,
    spaceTitle: space.title,
    allToken: signUnsubscribeToken({ member: member.id }),
    threadToken: signUnsubscribeToken({ member: member.id, thread: thread.id }),
  }),
)
await closePayload(payload)
