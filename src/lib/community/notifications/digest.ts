import { sql } from '@payloadcms/db-postgres'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import { sqlRunner } from '@/lib/practices/database'
import { linkedPractices, loadPostContext, NotificationContent } from './content'
import { type DigestEntry, digestEmail, type NotificationKind } from './emails'
import { practiceOfContact } from './fanOut'
import { isSuspended } from './follows'

type Pending = { id: number; post_id: number; kind: NotificationKind }

/**
 * One member's digest, in one transaction: her unsent daily notifications are locked, those whose
 * post is still listed go into one email (grouped by thread), and all of them are marked sent with
 * it, so a retried or repeated run finds nothing left. Notifications of a post no longer listed, or
 * of a member who turned email off or is suspended, are marked sent without a word.
 */
async function digestOne(payload: Payload, memberId: number, now: Date, content: NotificationContent): Promise<boolean> {
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    const db = await sqlRunner(payload, req)
    const { rows } = await db.execute(sql`
      SELECT id, post_id, kind FROM community_notifications
      WHERE member_id = ${memberId} AND cadence = 'daily' AND sent_at IS NULL
      ORDER BY created_at, id
      FOR UPDATE SKIP LOCKED`)
    const pending = rows as unknown as Pending[]
    const member = await payload.findByID({ collection: 'members', id: memberId, depth: 0, overrideAccess: true, disableErrors: true, req })
    const entries: DigestEntry[] = []
    if (member && member.notifications?.email !== false && !isSuspended(member, now)) {
      for (const row of pending) {
        const context = await loadPostContext(payload, Number(row.post_id))
        if (!context?.post.listed) continue
        const practiceId = row.kind === 'first_movers' ? practiceOfContact(await linkedPractices(payload, context.thread), member.email) : undefined
        entries.push({ kind: row.kind, post: await content.describe(context, member.locale, practiceId) })
      }
    }
    if (member && entries.length) {
      // Threads in the order their first news arrived, posts in order within each.
      const { headers, ...email } = digestEmail({ memberId, locale: member.locale }, entries)
      await payload.sendEmail({ to: member.email, ...email, headers, req })
    }
    if (pending.length) {
      const ids = pending.map((row) => Number(row.id))
      await db.execute(sql`UPDATE community_notifications SET sent_at = ${now.toISOString()}, updated_at = now() WHERE id IN ${ids}`)
    }
    await commitTransaction(req)
    return entries.length > 0
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

/**
 * The daily digests (job `sendCommunityDigest`, 07:00 UTC): every member with unsent daily
 * notifications gets one email. A member that fails does not stop the others; the run then throws,
 * so the job is retried and only what is still unsent is tried again.
 */
export async function sendDailyDigests(payload: Payload, now = new Date()): Promise<{ digests: number }> {
  const db = await sqlRunner(payload)
  const content = new NotificationContent(payload)
  let digests = 0
  let after = 0
  let failure: unknown = null
  for (;;) {
    const { rows } = await db.execute(sql`
      SELECT DISTINCT member_id FROM community_notifications
      WHERE cadence = 'daily' AND sent_at IS NULL AND member_id > ${after}
      ORDER BY member_id LIMIT 100`)
    if (!rows.length) break
    for (const row of rows) {
      const memberId = Number(row.member_id)
      after = memberId
      try {
        if (await digestOne(payload, memberId, now, content)) digests++
      } catch (error) {
        failure = error
        payload.logger.error({ err: error, memberId }, 'a community digest could not be prepared')
      }
    }
  }
  if (failure) throw failure
  return { digests }
}
