import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { PostForm } from '@/components/community/PostForm.client'
import { isLocale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { sanctionNotice } from '@/lib/community/posting'
import { currentViewer } from '@/lib/community/session'
import { communityHref, signInHref } from '@/lib/community/view'
import { newThreadChoices } from '@/lib/community/view/newThread'
import { createThreadAction } from './actions'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  // The form renders the <title> itself: after a post with errors it starts with "Error:".
  return { title: null, robots: { index: false, follow: false } }
}

const single = (value: string | string[] | undefined): string => (typeof value === 'string' ? value.slice(0, 200) : '')

/** /{locale}/community/new?space=&practice=<slug>&kind= — the thread form (members only). */
export default async function NewThreadPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const strings = getStrings(locale)
  const text = strings.community.form
  const query = await searchParams
  const { member } = await currentViewer()
  const here = `${communityHref(locale, 'new')}?${new URLSearchParams(Object.entries({ space: single(query.space), practice: single(query.practice), kind: single(query.kind) }).filter(([, value]) => value))}`
  if (!member) {
    return (
      <div className="container community">
        <title>{`${text.newTitle} — ${strings.site.shortName}`}</title>
        <h1>{text.newTitle}</h1>
        <p>{text.signInLead}</p>
        <p>
          <a className="button" href={signInHref(locale, here)}>
            {text.signInToPost}
          </a>{' '}
          <a href={communityHref(locale, 'sign-up')}>{strings.community.thread.join}</a>
        </p>
      </div>
    )
  }
  const sanction = sanctionNotice(member, locale)
  const choices = await newThreadChoices(locale, { practice: single(query.practice), space: single(query.space), kind: single(query.kind), memberCity: member.city })
  return (
    <div className="container community">
      <h1>{text.newTitle}</h1>
      <p className="page__summary">{text.newLead}</p>
      {sanction ? (
        <p className="community-state community-state--removed" role="alert">
          {sanction}
        </p>
      ) : (
        <PostForm
          action={createThreadAction}
          mode="thread"
          initial={choices.initial}
          hidden={{ locale }}
          pageTitle={`${text.newTitle} — ${strings.site.shortName}`}
          submitLabel={text.submit}
          bodyLabel={text.body}
          bodyHint={text.bodyHint}
          options={choices.options}
          strings={text}
        />
      )}
    </div>
  )
}
