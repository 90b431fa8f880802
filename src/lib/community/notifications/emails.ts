import type { Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { type AlertEmailBlock, composeAlertEmail } from '@/lib/funding/alerts/emailLayout'
import { siteUrl } from '@/lib/seo/siteUrl'
import { fill } from '@/lib/submissions/fill'
import { listUnsubscribeHeaders, notificationSettingsPath, threadUrl, unsubscribeUrl } from './links'

export type NotificationKind = 'reply' | 'thread' | 'first_movers' | 'solution'

export type CommunityEmail = { template: string; subject: string; text: string; html: string; headers: Record<string, string> }

/** What a notification email says of one post, in the recipient's language. */
export type NotifiedPost = {
  postId: number
  threadId: number
  threadTitle: string
  spaceId: number
  spaceTitle: string
  /** null: the author deleted her account. */
  authorName: string | null
  excerpt: string
  /** The practice a first-movers question is about. */
  practiceTitle?: string
}

type Recipient = { memberId: number; locale: Locale }

function build(recipient: Recipient, template: string, subject: string, blocks: AlertEmailBlock[]): CommunityEmail {
  const { email } = getStrings(recipient.locale).communityNotifications
  const url = unsubscribeUrl(recipient.locale, { member: recipient.memberId })
  const composed = composeAlertEmail({
    locale: recipient.locale,
    subject,
    blocks: [...blocks, { paragraph: email.signature }],
    footer: fill(email.footer, { url: `${siteUrl()}${notificationSettingsPath(recipient.locale)}` }),
    unsubscribe: { label: email.unsubscribeLabel, url, text: fill(email.unsubscribe, { url }) },
  })
  return { template, subject, ...composed, headers: listUnsubscribeHeaders(recipient.locale, recipient.memberId) }
}

const vars = (post: NotifiedPost, formerMember: string) => ({
  title: post.threadTitle,
  space: post.spaceTitle,
  author: post.authorName ?? formerMember,
  practice: post.practiceTitle ?? '',
})

/** The email of one post, sent at once: who wrote what where, the excerpt, the link, why, and how to stop. */
export function notificationEmail(recipient: Recipient, kind: NotificationKind, post: NotifiedPost): CommunityEmail {
  const { email } = getStrings(recipient.locale).communityNotifications
  const text = kind === 'reply' ? email.reply : kind === 'solution' ? email.solution : kind === 'thread' ? email.thread : email.firstMovers
  const values = vars(post, email.formerMember)
  // A solution's email is about her own reply: nothing to stop following but community emails (the footer).
  const stop: AlertEmailBlock[] =
    kind === 'reply'
      ? [{ paragraph: `${email.stopThread}: ${unsubscribeUrl(recipient.locale, { member: recipient.memberId, thread: post.threadId })}` }]
      : kind === 'thread'
        ? [{ paragraph: `${email.stopSpace}: ${unsubscribeUrl(recipient.locale, { member: recipient.memberId, space: post.spaceId })}` }]
        : []
  return build(recipient, `community-${kind.replace('_', '-')}`, fill(text.subject, values), [
    { paragraph: fill(text.intro, values) },
    ...(post.excerpt ? [{ paragraph: post.excerpt }] : []),
    { button: { label: email.read, url: threadUrl(recipient.locale, post.threadId, post.postId) } },
    { paragraph: text.why },
    ...stop,
  ])
}

export type DigestEntry = { kind: NotificationKind; post: NotifiedPost }

/** The daily digest: the day's posts grouped by thread, each with who, an excerpt and its link. */
export function digestEmail(recipient: Recipient, entries: DigestEntry[]): CommunityEmail {
  const { email } = getStrings(recipient.locale).communityNotifications
  const { digest } = email
  const threads = new Map<number, DigestEntry[]>()
  for (const entry of entries) threads.set(entry.post.threadId, [...(threads.get(entry.post.threadId) ?? []), entry])
  const sections: AlertEmailBlock[] = [...threads.values()].map((group) => ({
    heading: group[0].post.threadTitle,
    items: group.map(({ kind, post }) => {
      const values = vars(post, email.formerMember)
      const line = kind === 'thread' ? digest.newThread : kind === 'first_movers' ? digest.firstMovers : kind === 'solution' ? digest.solution : digest.reply
      return { title: fill(line, values), url: threadUrl(recipient.locale, post.threadId, post.postId), detail: post.excerpt || undefined }
    }),
  }))
  const subject = entries.length === 1 ? digest.subjectOne : fill(digest.subject, { count: entries.length })
  return build(recipient, 'community-digest', subject, [{ paragraph: digest.intro }, ...sections, { paragraph: digest.why }])
}
