import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'

import { ErrorSummary } from '@/components/submission/ErrorSummary'
import { TextArea } from '@/components/submission/FormFields'
import { isLocale, type Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { appealableAction } from '@/lib/community/moderation/appeals'
import { appealPath, postPath, signInPath } from '@/lib/community/moderation/links'
import { MODERATION_ACTIONS, MODERATION_REASONS } from '@/lib/community/options'
import { currentMember } from '@/lib/community/session'
import { getPayloadClient } from '@/lib/payload'
import { appealAction } from './actions'

// Who is signed in and which action: per request.
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return { title: getStrings(locale).moderation.appeal.title, robots: { index: false, follow: false } }
}

const when = (iso: string, locale: Locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(iso))

/**
 * /{locale}/community/appeals/new?action=ID — a member appeals once against a moderation action
 * about her (her post hidden, rejected or removed, or a sanction on her account). Any other action,
 * hers or not, is "not found"; signed out → the sign-in page, back here after.
 */
export default async function NewAppealPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const query = await searchParams
  const actionId = Number(query.action)
  if (!Number.isInteger(actionId) || actionId <= 0) notFound()
  const member = await currentMember()
  if (!member) redirect(signInPath(locale, appealPath(locale, actionId)))
  const action = await appealableAction(await getPayloadClient(), member.id, actionId)
  if (!action) notFound()

  const { appeal } = getStrings(locale).moderation
  const error = query.error === 'required' ? appeal.textRequired : query.error === 'too_long' ? appeal.textTooLong : undefined
  const frame = { id: 'appeal-text', label: appeal.text, hint: appeal.textHint, error, errorPrefix: appeal.errorPrefix }

  return (
    <div className="container moderation-appeal">
      {error && !action.appealed ? <ErrorSummary title={appeal.errorTitle} items={[{ message: error, href: '#appeal-text' }]} /> : null}
      <h1>{appeal.title}</h1>
      <section className="moderation-appeal__decision" aria-labelledby="appeal-decision">
        <h2 id="appeal-decision">{appeal.decision}</h2>
        <dl>
          <dt>{appeal.action}</dt>
          <dd>{MODERATION_ACTIONS[action.action][locale]}</dd>
          {action.reason ? (
            <>
              <dt>{appeal.reason}</dt>
              <dd>{MODERATION_REASONS[action.reason][locale]}</dd>
            </>
          ) : null}
          <dt>{appeal.date}</dt>
          <dd>{when(action.createdAt, locale)} UTC</dd>
          <dt>{action.post ? appeal.post : appeal.sanction}</dt>
          <dd>{action.post ? <a href={postPath(locale, action.post.threadId, action.post.id)}>{action.post.title ?? '—'}</a> : member.name}</dd>
        </dl>
      </section>
      {query.sent === '1' ? (
        <p className="moderation-notice" role="status">
          {appeal.sent}
        </p>
      ) : action.appealed ? (
        <p className="moderation-notice">{appeal.already}</p>
      ) : (
        <>
          <p className="moderation-appeal__lead">{appeal.lead}</p>
          <form action={appealAction} method="post" noValidate>
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="action" value={action.id} />
            <TextArea frame={frame} name="text" value="" rows={8} />
            <button type="submit" className="button">
              {appeal.submit}
            </button>
          </form>
        </>
      )}
    </div>
  )
}
