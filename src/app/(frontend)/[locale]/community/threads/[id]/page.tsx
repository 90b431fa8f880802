import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { AuthorName } from '@/components/community/AuthorName'
import { FlagNotice } from '@/components/community/FlagForm'
import { FollowForm } from '@/components/community/FollowForm'
import { PostBody } from '@/components/community/PostBody'
import { ReplySection } from '@/components/community/ReplySection'
import { SolutionButton } from '@/components/community/SolutionButton'
import { ThreadPost } from '@/components/community/ThreadPost'
import { TwinningMatches } from '@/components/community/TwinningMatches'
import { isLocale, type Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { THREAD_KINDS } from '@/lib/community/options'
import { currentViewer } from '@/lib/community/session'
import { communityHref, findTwinningMatches, spaceHref, threadHref, type ThreadView } from '@/lib/community/view'
import { threadFor } from '@/lib/community/view/cached'
import { getPayloadClient } from '@/lib/payload'
import { replyAction, solutionAction } from './actions'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

async function load(locale: Locale, id: string): Promise<ThreadView | null> {
  if (!/^[1-9]\d{0,9}$/.test(id)) return null
  return threadFor(Number(id), await currentViewer(), locale)
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params
  if (!isLocale(locale)) return {}
  const thread = await load(locale, id)
  if (!thread) return {}
  const listed = thread.opening.listed
  return { title: thread.title, alternates: { canonical: threadHref(locale, thread.id) }, robots: listed ? undefined : { index: false, follow: false } }
}

const POSTED = ['published', 'held', 'edited'] as const

/** /{locale}/community/threads/{id} — the opening post, its replies, the solution and the reply form. */
export default async function ThreadPage({ params, searchParams }: Props) {
  const { locale, id } = await params
  if (!isLocale(locale)) notFound()
  const thread = await load(locale, id)
  if (!thread) notFound()
  const query = await searchParams
  const viewer = await currentViewer()
  const text = getStrings(locale).community.thread
  const posted = POSTED.find((value) => value === query.posted)
  const signedIn = Boolean(viewer.member || viewer.moderator)
  const moderatorView = Boolean(viewer.moderator)
  const canChooseSolution = thread.kind === 'question' && (moderatorView || thread.opening.own)
  const solution = thread.replies.find((reply) => reply.id === thread.solutionId && reply.listed)
  const matches =
    thread.kind === 'twinning'
      ? await findTwinningMatches(await getPayloadClient(), { themeIds: thread.twinningThemes.map((theme) => theme.id), cityId: thread.city?.id ?? null }, locale)
      : null
  const postProps = { locale, signedIn, canFlag: Boolean(viewer.member), moderatorView }

  return (
    <div className="container community community-thread">
      <p className="community-breadcrumb">
        <a href={communityHref(locale)}>{getStrings(locale).community.nav.home}</a>
        {thread.space ? (
          <>
            {' › '}
            <a href={spaceHref(locale, thread.space.slug)}>{thread.space.title}</a>
          </>
        ) : null}
      </p>
      {posted ? (
        <p className={`community-notice community-notice--${posted}`} role="status">
          {posted === 'held' ? text.held : posted === 'edited' ? text.edited : text.posted}
        </p>
      ) : null}
      <FlagNotice locale={locale} flag={query.flag} />
      <h1>{thread.title}</h1>
      <dl className="community-thread__facts">
        <dt>{text.kind}</dt>
        <dd>{THREAD_KINDS[thread.kind][locale]}</dd>
        {thread.tags.length > 0 ? (
          <>
            <dt>{text.tags}</dt>
            <dd>{thread.tags.join(', ')}</dd>
          </>
        ) : null}
        {thread.city ? (
          <>
            <dt>{text.city}</dt>
            <dd>
              <a href={`/${locale}/cities/${thread.city.slug}`}>{thread.city.name}</a>
            </dd>
          </>
        ) : null}
        {thread.practices.length > 0 ? (
          <>
            <dt>{text.practices}</dt>
            <dd>
              <ul>
                {thread.practices.map((practice) => (
                  <li key={practice.slug}>
                    <a href={`/${locale}/practices/${practice.slug}`}>{practice.title}</a>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        {thread.twinningThemes.length > 0 ? (
          <>
            <dt>{text.twinningThemes}</dt>
            <dd>{thread.twinningThemes.map((theme) => theme.name).join(', ')}</dd>
          </>
        ) : null}
      </dl>
      {solution ? (
        <aside className="community-solution" aria-labelledby="solution-title">
          <h2 id="solution-title">{text.solution}</h2>
          <p>{text.solutionLead}</p>
          <div className="community-post community-post--solution">
            <AuthorName author={solution.author} locale={locale} />
            <PostBody html={solution.bodyHtml} />
          </div>
          <p>
            <a href={`#post-${solution.id}`}>{text.seeSolution}</a>
          </p>
        </aside>
      ) : null}
      <ThreadPost post={thread.opening} {...postProps} />
      {thread.opening.listed ? <FollowForm locale={locale} target={{ thread: thread.id }} /> : null}
      {matches ? <TwinningMatches matches={matches} locale={locale} /> : null}
      <section className="community-section" aria-labelledby="replies">
        <h2 id="replies">{text.replies}</h2>
        {thread.replies.length === 0 ? <p>{text.noReplies}</p> : null}
        {thread.replies.map((reply) => (
          <ThreadPost key={reply.id} post={reply} isSolution={reply.id === thread.solutionId} {...postProps}>
            {canChooseSolution && reply.listed ? (
              <SolutionButton
                action={solutionAction}
                locale={locale}
                threadId={thread.id}
                replyId={reply.id === thread.solutionId ? null : reply.id}
                label={reply.id === thread.solutionId ? text.unmarkSolution : text.markSolution}
              />
            ) : null}
          </ThreadPost>
        ))}
      </section>
      <ReplySection thread={thread} locale={locale} viewer={viewer} action={replyAction} />
    </div>
  )
}
