import { sql } from '@payloadcms/db-postgres'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type Where } from 'payload'

import { sqlRunner } from '@/lib/practices/database'
import type { Member } from '@/payload-types'
import { idOf, linkedPractices, loadPostContext, NotificationContent, type PostContext } from './content'
import { type NotificationKind, notificationEmail } from './emails'
import { type Cadence, isSuspended } from './follows'

type Recipient = { memberId: number; kind: NotificationKind; cadence: Cadence; practiceId?: number }

const normalEmail = (email: string | null | undefined) => (email ?? '').trim().toLowerCase()

/** The practice whose contacts list this email, among a thread's linked published practices. */
export function practiceOfContact(practices: Awaited<ReturnType<typeof linkedPractices>>, email: string): number | undefined {
  const wanted = normalEmail(email)
  return practices.find((practice) => (practice.contacts ?? []).some((contact) => normalEmail(contact.email) === wanted))?.id
}

/**
 * Who hears of a post: a reply, its thread's followers; a new thread, its space's followers and, for
 * "ask the first movers", the contacts of its linked published practices who are verified members
 * (they need not follow anything). One notification per member: the first-movers one wins.
 */
async function recipientsOf(payload: Payload, { post, thread }: PostContext): Promise<Recipient[]> {
  const recipients = new Map<number, Recipient>()
  if (post.id === thread.id) {
    const practices = await linkedPractices(payload, thread)
    const emails = [...new Set(practices.flatMap((practice) => (practice.contacts ?? []).map((contact) => normalEmail(contact.email)).filter(Boolean)))]
    if (emails.length) {
      const { docs } = await payload.find({
        collection: 'members',
        where: { and: [{ email: { in: emails } }, { _verified: { equals: true } }] },
        pagination: false,
        depth: 0,
        overrideAccess: true,
      })
      for (const member of docs) {
        recipients.set(member.id, { memberId: member.id, kind: 'first_movers', cadence: member.notifications?.cadence ?? 'immediate', practiceId: practiceOfContact(practices, member.email) })
      }
    }
  }
  const followWhere: Where = post.id === thread.id ? { space: { equals: idOf(thread.space) } } : { thread: { equals: thread.id } }
  const { docs: follows } = await payload.find({ collection: 'community-follows', where: followWhere, pagination: false, depth: 0, overrideAccess: true })
  for (const row of follows) {
    const memberId = idOf(row.member)
    if (memberId && !recipients.has(memberId)) recipients.set(memberId, { memberId, kind: post.id === thread.id ? 'thread' : 'reply', cadence: row.cadence })
  }
  const authorId = idOf(post.author)
  if (authorId) recipients.delete(authorId)
  return [...recipients.values()]
}

/** Members who take community email now: email on, not suspended. */
async function willingMembers(payload: Payload, ids: number[]): Promise<Map<number, Member>> {
  if (!ids.length) return new Map()
  const { docs } = await payload.find({ collection: 'members', where: { id: { in: ids } }, pagination: false, depth: 0, overrideAccess: true })
  return new Map(docs.filter((member) => member.notifications?.email !== false && !isSuspended(member)).map((member) => [member.id, member]))
}

/**
 * One member's notification, in one transaction: the row (unique per member, post and kind: a
 * retried job inserts nothing and sends nothing), and for `immediate` the email queued in the outbox
 * with `sentAt` set. A crash before the commit leaves neither; after it, both.
 */
async function notifyOne(payload: Payload, context: PostContext, content: NotificationContent, recipient: Recipient, member: Member): Promise<boolean> {
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    const db = await sqlRunner(payload, req)
    const inserted = await db.execute(sql`
      INSERT INTO community_notifications (member_id, post_id, kind, cadence)
      VALUES (${recipient.memberId}, ${context.post.id}, ${recipient.kind}, ${recipient.cadence})
      ON CONFLICT (member_id, post_id, kind) DO NOTHING
      RETURNING id`)
    const id = inserted.rows[0]?.id
    if (id != null && recipient.cadence === 'immediate') {
      const post = await content.describe(context, member.locale, recipient.practiceId)
      const { headers, ...email } = notificationEmail({ memberId: member.id, locale: member.locale }, recipient.kind, post)
      await payload.sendEmail({ to: member.email, ...email, headers, req })
      await db.execute(sql`UPDATE community_notifications SET sent_at = now(), updated_at = now() WHERE id = ${Number(id)}`)
    }
    await commitTransaction(req)
    return id != null
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

/**
 * The `notifyCommunity` job: tells a newly published post's followers (and, for a thread asking
 * the first movers, the practice's contacts who are members). The post is read again: if it is no
 * longer listed (hidden, removed, its thread gone), nobody is told. (Authors follow their threads
 * when they post: src/lib/community/posting/follow.ts.) A member that fails does not stop the
 * others; the job then throws, so a retry tells only those not told yet.
 */
export async function fanOutPost(payload: Payload, postId: number): Promise<{ notified: number }> {
  const context = await loadPostContext(payload, postId)
  if (!context || !context.post.listed) return { notified: 0 }
  const recipients = await recipientsOf(payload, context)
  const members = await willingMembers(payload, recipients.map((recipient) => recipient.memberId))
  const content = new NotificationContent(payload)
  let notified = 0
  let failure: unknown = null
  for (const recipient of recipients) {
    const member = members.get(recipient.memberId)
    if (!member) continue
    try {
      if (await notifyOne(payload, context, content, recipient, member)) notified++
    } catch (error) {
      failure = error
      payload.logger.error({ err: error, postId, memberId: member.id }, 'a community notification could not be recorded')
    }
  }
  if (failure) throw failure
  return { notified }
}

/**
 * The `notifyCommunity` job for a reply chosen as its question's solution: tells the reply's author
 * (at once or in her digest, as she gets community emails), unless she chose it herself. Read again
 * when the job runs: a reply no longer listed, or no longer the solution, tells nobody. The
 * notification is unique per member, reply and kind, so choosing the same reply again sends nothing.
 */
export async function notifySolution(payload: Payload, replyId: number): Promise<{ notified: number }> {
  const context = await loadPostContext(payload, replyId)
  if (!context || context.post.id === context.thread.id || !context.post.listed) return { notified: 0 }
  if (idOf(context.thread.solution) !== replyId) return { notified: 0 }
  const authorId = idOf(context.post.author)
  if (!authorId || authorId === idOf(context.thread.author)) return { notified: 0 }
  const member = (await willingMembers(payload, [authorId])).get(authorId)
  if (!member) return { notified: 0 }
  const recipient: Recipient = { memberId: authorId, kind: 'solution', cadence: member.notifications?.cadence ?? 'immediate' }
  return { notified: (await notifyOne(payload, context, new NotificationContent(payload), recipient, member)) ? 1 : 0 }
}
