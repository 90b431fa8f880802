import type { Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { THREAD_KINDS } from '@/lib/community/options'
import { fill, shortDate, spaceHref, threadHref, type ThreadSummary } from '@/lib/community/view'
import { AuthorName } from './AuthorName'

/** Threads as a list: title, kind, space, author, replies, last activity, solved mark. */
export function ThreadList({ threads, locale, showSpace = true, empty }: { threads: ThreadSummary[]; locale: Locale; showSpace?: boolean; empty: string }) {
  const text = getStrings(locale).community.listing
  if (threads.length === 0) return <p className="community-empty">{empty}</p>
  return (
    <ul className="community-threads">
      {threads.map((thread) => (
        <li key={thread.id} className="community-threads__item">
          <h3 className="community-threads__title">
            <a href={threadHref(locale, thread.id)}>{thread.title}</a>
          </h3>
          <p className="community-threads__meta">
            <span className="community-kind">{THREAD_KINDS[thread.kind][locale]}</span>
            {thread.solved ? <span className="community-solved">{text.solved}</span> : null}
            {showSpace && thread.space ? (
              <span>
                {fill(text.in, { space: '' })}
                <a href={spaceHref(locale, thread.space.slug)}>{thread.space.title}</a>
              </span>
            ) : null}
            <span>
              <AuthorName author={thread.author} locale={locale} />
            </span>
            <span>{thread.replyCount === 1 ? text.oneReply : fill(text.replies, { count: thread.replyCount })}</span>
            <span>{fill(text.lastActivity, { date: shortDate(locale, thread.lastActivityAt) })}</span>
          </p>
        </li>
      ))}
    </ul>
  )
}
