import type { ReactNode } from 'react'

import type { Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { communityHref, fill, type PostView, shortDate } from '@/lib/community/view'
import { AuthorName } from './AuthorName'
import { FlagForm } from './FlagForm'
import { PostBody } from './PostBody'
import { PostState } from './PostState'

type Props = {
  post: PostView
  locale: Locale
  /** A signed-in member or moderator: author names link to profiles. */
  signedIn: boolean
  /** The viewer is a signed-in member (who may flag others' posts). */
  canFlag: boolean
  moderatorView: boolean
  isSolution?: boolean
  /** Extra controls under the post (mark as solution). */
  children?: ReactNode
}

/** One post of a thread: author and badge, date, state notice, safe body, and its controls. */
export function ThreadPost({ post, locale, signedIn, canFlag, moderatorView, isSolution = false, children }: Props) {
  const text = getStrings(locale).community.thread
  return (
    <article id={`post-${post.id}`} className={`community-post${isSolution ? ' community-post--solution' : ''}${post.state !== 'published' ? ' community-post--unlisted' : ''}`}>
      <header className="community-post__header">
        <AuthorName author={post.author} locale={locale} linked={signedIn} />
        <span className="community-post__date">
          {fill(text.postedOn, { date: shortDate(locale, post.createdAt) })}
          {post.editedAt ? ` · ${text.editedMark}` : null}
        </span>
        {isSolution ? <span className="community-solved">{text.solution}</span> : null}
      </header>
      {post.own || moderatorView ? <PostState state={post.state} locale={locale} moderatorView={moderatorView && !post.own} appealActionId={post.appealActionId} /> : null}
      <PostBody html={post.bodyHtml} />
      <footer className="community-post__actions">
        {post.own && post.state !== 'removed' ? <a href={communityHref(locale, `posts/${post.id}/edit`)}>{text.edit}</a> : null}
        {children}
        {canFlag && !post.own && post.state === 'published' ? <FlagForm locale={locale} postId={post.id} /> : null}
      </footer>
    </article>
  )
}
