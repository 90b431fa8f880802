import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { PostForm } from '@/components/community/PostForm.client'
import { isLocale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { currentViewer } from '@/lib/community/session'
import { getEditablePost, signInHref, threadHref } from '@/lib/community/view'
import { getPayloadClient } from '@/lib/payload'
import { editPostAction } from './actions'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string; id: string }> }

export async function generateMetadata(): Promise<Metadata> {
  return { title: null, robots: { index: false, follow: false } }
}

/** /{locale}/community/posts/{id}/edit — the author edits her post (title and tags too on an opening post). */
export default async function EditPostPage({ params }: Props) {
  const { locale, id } = await params
  if (!isLocale(locale) || !/^[1-9]\d{0,9}$/.test(id)) notFound()
  const strings = getStrings(locale)
  const text = strings.community.form
  const viewer = await currentViewer()
  if (!viewer.member) {
    return (
      <div className="container community">
        <title>{`${text.editTitle} — ${strings.site.shortName}`}</title>
        <h1>{text.editTitle}</h1>
        <p>
          <a className="button" href={signInHref(locale, `/${locale}/community/posts/${id}/edit`)}>
            {strings.community.thread.signInToReply}
          </a>
        </p>
      </div>
    )
  }
  const post = await getEditablePost(await getPayloadClient(), Number(id), viewer)
  if (!post) notFound()
  return (
    <div className="container community">
      <h1>{text.editTitle}</h1>
      <PostForm
        action={editPostAction}
        mode={post.opening ? 'editOpening' : 'editReply'}
        initial={{ title: post.title, body: post.body, tags: post.tags.join(', ') }}
        hidden={{ locale, post: String(post.id) }}
        pageTitle={`${text.editTitle} — ${strings.site.shortName}`}
        submitLabel={text.save}
        bodyLabel={text.body}
        bodyHint={text.bodyHint}
        strings={text}
      />
      <p>
        <a href={threadHref(locale, post.threadId, post.opening ? undefined : post.id)}>{text.cancel}</a>
      </p>
    </div>
  )
}
