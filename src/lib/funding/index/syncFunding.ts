import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import { sqlRunner, type Statement } from '@/lib/practices/database'
import { fundingIndexStatement } from './indexStatement'

type Req = Partial<PayloadRequest> | undefined

/**
 * Brings one funding action's index rows in line with its live row, in `req`'s transaction when
 * there is one (a rolled-back change leaves the index as it was).
 */
export async function syncFundingAction(payload: Payload, actionId: number | string, req?: Req): Promise<void> {
  await syncScope(payload, req, sql`a.id = ${Number(actionId)}`)
}

/** Provider names are part of the actions' text: re-index the actions an organisation provides. */
export async function syncFundingOfOrganisation(payload: Payload, organisationId: number | string, req?: Req): Promise<void> {
  const id = Number(organisationId)
  const db = await sqlRunner(payload, req)
  const scope = sql`a.id IN (SELECT parent_id FROM funding_actions_rels WHERE path = 'providers' AND organisations_id = ${id})`
  const { rows } = await db.execute(sql`SELECT EXISTS (SELECT 1 FROM funding_actions a WHERE ${scope}) AS found`)
  if (rows[0]?.found) await db.execute(fundingIndexStatement(scope))
}

/** Rebuilds the whole index from the live tables (after a bulk import or a restore). */
export async function rebuildFundingIndex(payload: Payload, req?: Req): Promise<void> {
  await syncScope(payload, req, sql`TRUE`)
}

async function syncScope(payload: Payload, req: Req, scope: Statement): Promise<void> {
  const db = await sqlRunner(payload, req)
  await db.execute(fundingIndexStatement(scope))
}
