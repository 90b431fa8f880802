import type { Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { sanctionNotice } from '@/lib/community/posting'
import { communityHref, signInHref, threadHref, type CommunityViewer, type ThreadView } from '@/lib/community/view'
import type { PostFormState } from '@/lib/community/posting'
import { PostForm } from './PostForm.client'

/** Under a thread: the reply form, or why there is none (signed out, locked, sanctioned). */
type Props = { thread: ThreadView; locale: Locale; viewer: CommunityViewer; action: (state: PostFormState, form: FormData) => Promise<PostFormState> }

export function ReplySection({ thread, locale, viewer, action }: Props) {
  const strings = getStrings(locale).community
  const text = strings.thread
  let content
  if (thread.locked) content = <p className="community-state community-state--locked">{text.locked}</p>
  else if (!viewer.member) {
    if (viewer.moderator) return null
    content = (
      <p>
        <a className="button" href={signInHref(locale, threadHref(locale, thread.id))}>
          {text.signInToReply}
        </a>{' '}
        <a href={communityHref(locale, 'sign-up')}>{text.join}</a>
      </p>
    )
  } else {
    const sanction = sanctionNotice(viewer.member, locale)
    content = sanction ? (
      <p className="community-state community-state--removed">{sanction}</p>
    ) : (
      <PostForm
        action={action}
        mode="reply"
        initial={{}}
        hidden={{ locale, thread: String(thread.id) }}
        submitLabel={text.replySubmit}
        bodyLabel={text.reply}
        bodyHint={text.replyHint}
        strings={strings.form}
      />
    )
  }
  return (
    <section className="community-section community-reply" aria-labelledby="reply-title">
      <h2 id="reply-title">{text.reply}</h2>
      {content}
    </section>
  )
}
