import type { PayloadRequest } from 'payload'

import type { OutboxMessage } from '@/email/outboxAdapter'
import { isLocale, type Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { composeEmail, type EmailPart } from '@/lib/submissions/emailLayout'
import { fill } from '@/lib/submissions/fill'
import type { Member } from '@/payload-types'
import { MODERATION_REASONS, type ModerationActionKind, type ModerationReason } from '../options'
import { absolute, appealPath, postPath, REVIEW_PATH } from './links'

/** Actions a member may appeal against: her post taken out of view, or a sanction on her account. */
export const APPEALABLE_ACTIONS: ReadonlySet<ModerationActionKind> = new Set(['reject', 'hide', 'auto_hide', 'remove', 'silence', 'suspend'])

/** What the member is told about (every action on her post or account but dismissed flags). */
export type NoticeAction = Exclude<ModerationActionKind, 'dismiss_flags'>

export type Notice = {
  action: NoticeAction
  /** The log row: the appeal link names it. */
  logId: number
  reason?: ModerationReason | null
  note?: string | null
  /** The post concerned: its title (or its thread's, for a reply), and where it is. */
  post?: { id: number; threadId: number; title: string | null } | null
  until?: string | null
  /** The space a thread was moved to: named in the member's language. */
  spaceId?: number | null
}

const day = (iso: string, locale: Locale) =>
  `${new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(iso))} UTC`

/** The e-mail a member receives about a moderation action, in her language. */
export function moderationEmail(member: Pick<Member, 'name' | 'locale'>, notice: Notice, spaceTitle?: string | null) {
  const locale: Locale = isLocale(member.locale) ? member.locale : 'en'
  const t = getStrings(locale).moderation.email
  const vars = {
    title: notice.post?.title?.trim() || t.untitled,
    until: notice.until ? day(notice.until, locale) : '',
    space: spaceTitle ?? '',
  }
  const subject = fill(t.subjects[notice.action], vars)
  const parts: EmailPart[] = [{ paragraph: fill(t.greeting, { name: member.name }) }, { paragraph: fill(t.bodies[notice.action], vars) }]
  if (notice.reason) parts.push({ paragraph: fill(t.reasonIntro, { reason: MODERATION_REASONS[notice.reason][locale] }) })
  if (notice.note?.trim()) parts.push({ paragraph: t.noteIntro }, { quote: notice.note.trim() })
  const stillVisible = notice.post && !['reject', 'remove', 'hide', 'auto_hide'].includes(notice.action)
  if (notice.post && stillVisible) {
    const url = absolute(postPath(locale, notice.post.threadId, notice.post.id))
    parts.push({ link: { label: t.postLink, url, text: `${t.postLink}: ${url}` } })
  }
  if (APPEALABLE_ACTIONS.has(notice.action)) {
    const url = absolute(appealPath(locale, notice.logId))
    parts.push({ paragraph: t.appeal }, { link: { label: t.appealLink, url, text: `${t.appealLink}: ${url}` } })
  }
  parts.push({ paragraph: t.signature })
  return { subject, template: `moderation-${notice.action.replace(/_/g, '-')}`, ...composeEmail({ locale, subject, parts, footer: t.footer }) }
}

/**
 * Tells a member about an action on her post or account, through the outbox in the caller's
 * transaction (sent once it commits). Moderation notices go even to members who turned community
 * e-mail off. A post by a former member (no author) tells nobody.
 */
export async function notifyMember(req: PayloadRequest, memberId: number | null, notice: Notice): Promise<void> {
  if (!memberId) return
  const member = await req.payload.findByID({ collection: 'members', id: memberId, depth: 0, overrideAccess: true, req, disableErrors: true })
  if (!member?.email) return
  const space = notice.spaceId
    ? await req.payload.findByID({ collection: 'community-spaces', id: notice.spaceId, locale: member.locale, depth: 0, overrideAccess: true, req, disableErrors: true, select: { title: true } })
    : null
  const email = moderationEmail(member, notice, space?.title)
  const message: OutboxMessage = { to: member.email, subject: email.subject, text: email.text, html: email.html, template: email.template, req }
  await req.payload.sendEmail(message)
}

/** Tells the moderator an appeal was assigned to her, in her language, with the way to the review queue. */
export async function notifyAppealModerator(req: PayloadRequest, userId: number | null): Promise<void> {
  if (!userId) return
  const user = await req.payload.findByID({ collection: 'users', id: userId, depth: 0, overrideAccess: true, req, disableErrors: true })
  if (!user?.email) return
  const locale: Locale = isLocale(user.language ?? undefined) ? (user.language as Locale) : 'en'
  const t = getStrings(locale).moderation.email
  const url = absolute(`${req.payload.config.routes.admin}${REVIEW_PATH}`)
  const parts: EmailPart[] = [{ paragraph: fill(t.greeting, { name: user.name }) }, { paragraph: t.appealAssigned.body }, { link: { label: t.appealAssigned.link, url, text: `${t.appealAssigned.link}: ${url}` } }]
  const message: OutboxMessage = { to: user.email, subject: t.appealAssigned.subject, template: 'moderation-appeal-assigned', req, ...composeEmail({ locale, subject: t.appealAssigned.subject, parts, footer: t.signature }) }
  await req.payload.sendEmail(message)
}
