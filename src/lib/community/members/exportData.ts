import type { Payload } from 'payload'

import type { Member } from '@/payload-types'
import { relationId } from './relations'

const PAGE = { limit: 0, pagination: false, depth: 0, overrideAccess: true } as const

const omit = <T extends object>(doc: T, keys: string[]) => Object.fromEntries(Object.entries(doc).filter(([key]) => !keys.includes(key)))

/** Everything GKEC holds about a member, for the account export (GDPR art. 15 and 20). */
export async function exportMemberData(payload: Payload, memberId: number, now = new Date()) {
  const member: Member = await payload.findByID({ collection: 'members', id: memberId, depth: 0, overrideAccess: true })
  const [posts, follows, flags, notifications, appeals, actions, emails] = [
    await payload.find({ collection: 'community-posts', where: { author: { equals: memberId } }, sort: 'createdAt', ...PAGE }),
    await payload.find({ collection: 'community-follows', where: { member: { equals: memberId } }, sort: 'createdAt', ...PAGE }),
    await payload.find({ collection: 'community-flags', where: { member: { equals: memberId } }, sort: 'createdAt', ...PAGE }),
    await payload.find({ collection: 'community-notifications', where: { member: { equals: memberId } }, sort: 'createdAt', ...PAGE }),
    await payload.find({ collection: 'community-appeals', where: { appellant: { equals: memberId } }, sort: 'createdAt', ...PAGE }),
    await payload.find({ collection: 'moderation-actions', where: { member: { equals: memberId } }, sort: 'createdAt', ...PAGE }),
    await payload.find({ collection: 'email-deliveries', where: { to: { equals: member.email } }, sort: 'createdAt', ...PAGE }),
  ]
  const postIds = posts.docs.map((post) => post.id)
  const versions = postIds.length
    ? await payload.findVersions({ collection: 'community-posts', where: { parent: { in: postIds } }, sort: 'createdAt', ...PAGE })
    : { docs: [] }
  const versionsOf = (id: number) =>
    versions.docs
      .filter((version) => relationId(version.parent) === id)
      .map((version) => ({ savedAt: version.createdAt, title: version.version.title ?? null, body: version.version.body }))

  return {
    exportedAt: now.toISOString(),
    // Secrets are left out; what moderators noted about her badge (verificationEvidence) is hers to see.
    account: omit(member, ['sessions', 'loginAttempts', 'lockUntil', 'resetPasswordToken', 'resetPasswordExpiration', 'salt', 'hash', '_verificationToken']),
    posts: posts.docs.map((post) => ({
      id: post.id,
      thread: relationId(post.thread),
      space: relationId(post.space),
      kind: post.kind ?? null,
      title: post.title ?? null,
      body: post.body,
      tags: post.tags ?? [],
      state: post.state,
      createdAt: post.createdAt,
      editedAt: post.editedAt ?? null,
      versions: versionsOf(post.id),
    })),
    follows: follows.docs.map((follow) => ({ thread: relationId(follow.thread), space: relationId(follow.space), cadence: follow.cadence, createdAt: follow.createdAt })),
    flags: flags.docs.map((flag) => ({ post: relationId(flag.post), reason: flag.reason, text: flag.text ?? null, status: flag.status, createdAt: flag.createdAt })),
    notifications: notifications.docs.map((notice) => ({ post: relationId(notice.post), kind: notice.kind, cadence: notice.cadence, sentAt: notice.sentAt ?? null, createdAt: notice.createdAt })),
    appeals: appeals.docs.map((appeal) => ({
      action: relationId(appeal.action),
      text: appeal.text,
      status: appeal.status,
      decisionNote: appeal.decisionNote ?? null,
      decidedAt: appeal.decidedAt ?? null,
      createdAt: appeal.createdAt,
    })),
    // The moderator's identity is left out: the decision is the community's, not one person's.
    moderationActions: actions.docs.map((action) => ({
      id: action.id,
      action: action.action,
      reason: action.reason ?? null,
      note: action.note ?? null,
      post: relationId(action.post),
      until: action.until ?? null,
      automatic: Boolean(action.automatic),
      createdAt: action.createdAt,
    })),
    emails: emails.docs.map((email) => ({ subject: email.subject, template: email.template, status: email.status, text: email.text ?? null, createdAt: email.createdAt })),
  }
}

export type MemberDataExport = Awaited<ReturnType<typeof exportMemberData>>
