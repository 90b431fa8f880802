import { sql } from '@payloadcms/db-postgres'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, LockedAuth, type Payload, type PayloadRequest } from 'payload'

import { cacheTags } from '@/lib/cache/tags'
import { revalidate } from '@/lib/cache/revalidate'
import { sqlRunner } from '@/lib/practices/database'
import type { MemberErrorCode } from './formState'
import { formText } from './profileForm'
import { relationId } from './relations'

const ALL = { overrideAccess: true, depth: 0 } as const

/**
 * Takes her name off the practices that credit her as a contributor of the thread they came from:
 * the current version through Payload, then every older version kept in the practices' history
 * (staff can restore those, and her name must not come back with them).
 */
async function uncredit(payload: Payload, name: string, req: PayloadRequest): Promise<void> {
  const { docs } = await payload.find({
    collection: 'practices',
    where: { 'communityOrigin.contributors': { equals: name } },
    limit: 0,
    pagination: false,
    draft: true,
    req,
    ...ALL,
    select: { communityOrigin: true },
  })
  for (const practice of docs) {
    const contributors = (practice.communityOrigin?.contributors ?? []).filter((contributor) => contributor !== name)
    await payload.update({ collection: 'practices', id: practice.id, data: { communityOrigin: { ...practice.communityOrigin, contributors } }, req, ...ALL, context: { disableRevalidate: true } })
  }
  const db = await sqlRunner(payload, req)
  await db.execute(sql`DELETE FROM "_practices_v_texts" WHERE "path" = 'version.communityOrigin.contributors' AND "text" = ${name}`)
}

/** Her emails in the outbox, and the delivery jobs still waiting to send them (they would only fail). */
async function deleteEmailsTo(payload: Payload, email: string, req: PayloadRequest): Promise<void> {
  const { docs } = await payload.find({ collection: 'email-deliveries', where: { to: { equals: email } }, limit: 0, pagination: false, req, ...ALL, select: { to: true } })
  if (docs.length === 0) return
  const ids = docs.map((delivery) => delivery.id)
  await payload.delete({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: 'deliverEmail' } }, { completedAt: { exists: false } }, { 'input.deliveryId': { in: ids } }] },
    req,
    ...ALL,
  })
  await payload.delete({ collection: 'email-deliveries', where: { id: { in: ids } }, req, ...ALL })
}

/**
 * Deletes a member's account and her personal data, in one transaction. Her posts stay (the
 * conversation would not make sense without them) but lose their author: they show "former member"
 * (the database sets `author` to null, in every version too); their bodies are not rewritten,
 * moderators may remove them. Her follows and notifications go; her flags and appeals stay for the
 * moderation record without her; her photo and every email queued or sent to her address go.
 */
export async function deleteMemberAccount(payload: Payload, memberId: number): Promise<void> {
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  let threads: number[] = []
  try {
    const member = await payload.findByID({ collection: 'members', id: memberId, req, ...ALL })
    const posts = await payload.find({ collection: 'community-posts', where: { author: { equals: memberId } }, limit: 0, pagination: false, req, ...ALL, select: { thread: true } })
    threads = [...new Set(posts.docs.map((post) => relationId(post.thread) ?? post.id))]
    await payload.delete({ collection: 'community-follows', where: { member: { equals: memberId } }, req, ...ALL })
    await payload.delete({ collection: 'community-notifications', where: { member: { equals: memberId } }, req, ...ALL })
    await payload.update({ collection: 'community-flags', where: { member: { equals: memberId } }, data: { member: null }, req, ...ALL })
    await payload.update({ collection: 'community-appeals', where: { appellant: { equals: memberId } }, data: { appellant: null }, req, ...ALL })
    await deleteEmailsTo(payload, member.email, req)
    await uncredit(payload, member.name, req)
    // Her photos go with her row (the members collection's beforeDelete hook).
    await payload.delete({ collection: 'members', id: memberId, req, ...ALL })
    await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }
  revalidate([cacheTags.community, ...threads.map((thread) => cacheTags.communityThread(thread))])
}

export type DeleteAccountOutcome =
  | { status: 'invalid'; errors: Partial<Record<'password' | 'confirm', MemberErrorCode>> }
  | { status: 'passwordWrong' }
  | { status: 'locked' }
  | { status: 'deleted' }

/** The deletion form's second step: the box ticked and her password again, then the deletion. */
export async function confirmAccountDeletion(payload: Payload, member: { id: number; email: string }, form: FormData): Promise<DeleteAccountOutcome> {
  const password = formText(form, 'password', 1000)
  const errors: Partial<Record<'password' | 'confirm', MemberErrorCode>> = {}
  if (form.get('confirm') !== 'yes') errors.confirm = 'confirmRequired'
  if (!password) errors.password = 'passwordRequired'
  if (Object.keys(errors).length > 0) return { status: 'invalid', errors }
  try {
    const result = await payload.login({ collection: 'members', data: { email: member.email, password } })
    if (result.user?.id !== member.id) return { status: 'passwordWrong' }
  } catch (error) {
    if (error instanceof LockedAuth) return { status: 'locked' }
    return { status: 'passwordWrong' }
  }
  await deleteMemberAccount(payload, member.id)
  return { status: 'deleted' }
}
