import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { unfollow } from './follows'
import { type UnsubscribeScope, verifyUnsubscribeToken } from './tokens'

export type UnsubscribeTarget =
  | { status: 'valid'; scope: UnsubscribeScope; locale: Locale; email: string; title: string | null }
  | { status: 'invalid' }

/** What an unsubscribe token names, for its confirmation page: the member, and the thread or space. */
export async function describeUnsubscribe(payload: Payload, token: string | null | undefined, locale: Locale): Promise<UnsubscribeTarget> {
  const scope = verifyUnsubscribeToken(token)
  if (!scope) return { status: 'invalid' }
  const member = await payload.findByID({ collection: 'members', id: scope.member, depth: 0, overrideAccess: true, disableErrors: true })
  if (!member) return { status: 'invalid' }
  let title: string | null = null
  if (scope.thread) {
    const thread = await payload.findByID({ collection: 'community-posts', id: scope.thread, depth: 0, overrideAccess: true, disableErrors: true, select: { title: true, listed: true } })
    title = thread?.listed ? (thread.title ?? null) : null
  } else if (scope.space) {
    const space = await payload.findByID({ collection: 'community-spaces', id: scope.space, depth: 0, locale, overrideAccess: true, disableErrors: true, select: { title: true } })
    title = space?.title ?? null
  }
  return { status: 'valid', scope, locale: member.locale, email: member.email, title }
}

export type UnsubscribeOutcome = { status: 'unsubscribed'; scope: UnsubscribeScope; locale: Locale } | { status: 'invalid' }

/**
 * Acts on a signed unsubscribe token (the page's button, or a mail client's one-click POST): a
 * member's token turns all her community email off; a follow's token ends that follow. Doing it
 * twice says the same; a token naming no member (deleted account) is "invalid".
 */
export async function unsubscribe(payload: Payload, token: string | null | undefined): Promise<UnsubscribeOutcome> {
  const scope = verifyUnsubscribeToken(token)
  if (!scope) return { status: 'invalid' }
  const member = await payload.findByID({ collection: 'members', id: scope.member, depth: 0, overrideAccess: true, disableErrors: true })
  if (!member) return { status: 'invalid' }
  if (scope.thread) await unfollow(payload, member.id, { thread: scope.thread })
  else if (scope.space) await unfollow(payload, member.id, { space: scope.space })
  else if (member.notifications?.email !== false) {
    await payload.update({
      collection: 'members',
      id: member.id,
      data: { notifications: { ...member.notifications, email: false } },
      depth: 0,
      overrideAccess: true,
    })
  }
  return { status: 'unsubscribed', scope, locale: member.locale }
}
