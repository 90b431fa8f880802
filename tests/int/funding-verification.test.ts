import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { findStaleFundingActions, staleListHref } from '@/lib/funding/stale'
import { sqlRunner } from '@/lib/practices/database'
import type { FundingAction, User } from '@/payload-types'
import { createFundingAction } from '../support/fundingFixtures'
import { closePayload, getTestPayload } from '../support/payload'
import { createStaff } from '../support/practiceFixtures'
import { rest } from '../support/rest'

type Staff = { user: User; token: string }

let payload: Payload
let editor: Staff
let evaluator: Staff

beforeAll(async () => {
  payload = await getTestPayload()
  editor = await createStaff(payload, 'editor')
  evaluator = await createStaff(payload, 'evaluator')
})

afterAll(async () => {
  await closePayload(payload)
})

const DAY = 86_400_000
const monthsAgo = (months: number) => {
  const date = new Date()
  date.setUTCMonth(date.getUTCMonth() - months)
  return date.toISOString()
}

/** Marks verified as `token`'s user (an editor unless said otherwise; null: signed out). */
const markVerified = (ids: unknown, token: string | null = editor.token, language?: string) =>
  rest('POST', '/funding-actions/mark-verified', { token: token ?? undefined, json: { ids }, headers: language ? { 'Accept-Language': language } : {} })

/** The live row (what the public reads) and the latest version (what the admin shows). */
async function both(id: number): Promise<{ live: FundingAction; latest: FundingAction }> {
  const live = await payload.findByID({ collection: 'funding-actions', id, overrideAccess: true, depth: 0 })
  const latest = await payload.findByID({ collection: 'funding-actions', id, overrideAccess: true, depth: 0, draft: true })
  return { live, latest }
}

const justNow = (iso: string | null | undefined) => Math.abs(Date.now() - new Date(iso ?? 0).getTime()) < 60_000

describe('marking funding actions verified in bulk', () => {
  it('stamps the date and the editor, and leaves status and content alone, drafts included', async () => {
    const published = await createFundingAction(payload, { title: 'Published, checked long ago', lastVerifiedAt: monthsAgo(8) })
    const draftOnly = await createFundingAction(payload, { title: 'Never published', lastVerifiedAt: null }, { draft: true })
    const withPendingDraft = await createFundingAction(payload, { title: 'Live title', lastVerifiedAt: monthsAgo(9) })
    await payload.update({ collection: 'funding-actions', id: withPendingDraft.id, draft: true, overrideAccess: true, data: { title: 'Pending draft title' }, context: { disableRevalidate: true } })

    const response = await markVerified([published.id, draftOnly.id, withPendingDraft.id])
    expect(response.status).toBe(200)

    const first = await both(published.id)
    expect(first.live).toMatchObject({ _status: 'published', title: 'Published, checked long ago', lastVerifiedBy: editor.user.id })
    expect(justNow(first.live.lastVerifiedAt)).toBe(true)

    const second = await both(draftOnly.id)
    expect(second.latest).toMatchObject({ _status: 'draft', title: 'Never published', lastVerifiedBy: editor.user.id })
    expect(justNow(second.latest.lastVerifiedAt)).toBe(true)
    expect((await rest('GET', `/funding-actions/${draftOnly.id}`)).status).not.toBe(200)

    const third = await both(withPendingDraft.id)
    expect(third.live).toMatchObject({ _status: 'published', title: 'Live title', lastVerifiedBy: editor.user.id })
    expect(third.latest).toMatchObject({ _status: 'draft', title: 'Pending draft title', lastVerifiedBy: editor.user.id })
    expect(justNow(third.live.lastVerifiedAt) && justNow(third.latest.lastVerifiedAt)).toBe(true)
    const publicView = (await (await rest('GET', `/funding-actions/${withPendingDraft.id}`)).json()) as FundingAction
    expect(publicView).toMatchObject({ title: 'Live title', verificationStale: false })

    const db = await sqlRunner(payload)
    const { rows } = await db.execute(sql`SELECT action_id, last_verified_at FROM funding_facets WHERE action_id IN (${published.id}, ${draftOnly.id}, ${withPendingDraft.id})`)
    expect(rows.map((row) => Number(row.action_id)).sort()).toEqual([published.id, withPendingDraft.id].sort())
    expect(rows.every((row) => justNow(new Date(row.last_verified_at as string).toISOString()))).toBe(true)
  })

  it('marks none when one id is unknown or the request is malformed, and says so in the editor’s language', async () => {
    const before = monthsAgo(7)
    const action = await createFundingAction(payload, { lastVerifiedAt: before })
    const unknown = await markVerified([action.id, 987654321], editor.token, 'fr')
    expect(unknown.status).toBe(400)
    expect(((await unknown.json()) as { errors: Array<{ message: string }> }).errors[0].message).toContain('987654321')
    expect((await markVerified('all')).status).toBe(400)
    expect((await markVerified([])).status).toBe(400)
    expect((await both(action.id)).live.lastVerifiedAt).toBe(before)
  })

  it('refuses anyone but an editor, and changes nothing for them', async () => {
    const before = monthsAgo(7)
    const action = await createFundingAction(payload, { lastVerifiedAt: before })
    expect((await markVerified([action.id], null)).status).toBe(401)
    expect((await markVerified([action.id], evaluator.token)).status).toBe(403)
    expect((await both(action.id)).live.lastVerifiedAt).toBe(before)
  })
})

describe('the stale entries', () => {
  it('lists entries verified more than 6 months ago and never verified, not one verified last week', async () => {
    const old = await createFundingAction(payload, { lastVerifiedAt: monthsAgo(7) })
    const never = await createFundingAction(payload, { lastVerifiedAt: null }, { draft: true })
    const recent = await createFundingAction(payload, { lastVerifiedAt: new Date(Date.now() - 7 * DAY).toISOString() })
    const ours = [old.id, never.id, recent.id]

    const { entries, total } = await findStaleFundingActions(payload, { user: editor.user }, 10_000)
    const listed = entries.filter((entry) => ours.includes(entry.id))
    expect(listed.map((entry) => entry.id).sort()).toEqual([old.id, never.id].sort())
    expect(listed.find((entry) => entry.id === old.id)?.daysSince).toBeGreaterThanOrEqual(180)
    expect(listed.find((entry) => entry.id === never.id)).toMatchObject({ daysSince: null, status: 'draft' })
    expect(total).toBeGreaterThanOrEqual(2)

    // The admin link filters the list the same way (the list shows each entry's latest version).
    const query = staleListHref('/admin').split('?')[1]
    const response = await rest('GET', `/funding-actions?${query}&where[id][in]=${ours.join(',')}&draft=true&depth=0`, { token: editor.token })
    const { docs } = (await response.json()) as { docs: FundingAction[] }
    expect(docs.map((doc) => doc.id).sort()).toEqual([old.id, never.id].sort())
  })

  it('leaves an entry once it is marked verified', async () => {
    const action = await createFundingAction(payload, { lastVerifiedAt: monthsAgo(10) })
    expect((await markVerified([action.id])).status).toBe(200)
    const { entries } = await findStaleFundingActions(payload, { user: editor.user }, 10_000)
    expect(entries.some((entry) => entry.id === action.id)).toBe(false)
  })
})
