import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'

import { isModerator } from '@/access/moderators'
import { isLocale } from '@/i18n/locales'
import { serverMessage } from '@/i18n/serverMessages'
import { REVIEW_PATH } from '@/lib/community/moderation/links'
import { type ModerationMessageKey, moderationMessages } from '@/lib/community/moderation/messages'
import { reviewQueue } from '@/lib/community/moderation/reviewQueue'
import { MODERATION_ACTIONS, type ModerationActionKind, POST_STATES, type PostState } from '@/lib/community/options'
import { adminLanguage, type AdminLanguage } from '../language'
import { AppealItem } from './AppealItem'
import { PostItem } from './PostItem'
import { reviewTexts } from './texts'
import { AdminViewFrame } from '../AdminViewFrame'

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/** The outcome of the last form, from the address (only known keys: nothing from the address is shown as such). */
function notice(searchParams: AdminViewServerProps['searchParams'], language: AdminLanguage, i18n: Parameters<typeof serverMessage>[0]['i18n']) {
  const ok = one(searchParams?.ok)
  if (ok && ok in MODERATION_ACTIONS) return { ok: true, text: `${reviewTexts[language].done}: ${MODERATION_ACTIONS[ok as ModerationActionKind][language]}.` }
  const error = one(searchParams?.error)
  if (error && error in moderationMessages.en) {
    const state = one(searchParams?.state)
    const stateName = state && state in POST_STATES ? POST_STATES[state as PostState][language] : ''
    return { ok: false, text: serverMessage({ i18n }, error as ModerationMessageKey, { state: stateName }) }
  }
  return null
}

/**
 * /admin/community-review: the moderators' queue — posts held for review (oldest first), hidden
 * posts with their flags, published posts with open flags, and the open appeals assigned to the
 * signed-in moderator. Every action is a plain form posting to the moderation endpoints, which come
 * back here with the outcome. Custom admin views are not guarded by Payload: signed out → the login.
 */
export async function ReviewView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, locale } = initPageResult
  const adminRoute = req.payload.config.routes.admin
  if (!req.user || !permissions.canAccessAdmin) {
    redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}${REVIEW_PATH}`)}`)
  }
  const language = adminLanguage(req.i18n.language)
  const t = reviewTexts[language]
  const allowed = isModerator(req.user)
  const focusId = Number(one(searchParams?.post))
  const focus = Number.isInteger(focusId) && focusId > 0 ? focusId : null
  const queue = allowed ? await reviewQueue(req.payload, Number(req.user.id), isLocale(locale?.code) ? locale.code : undefined, new Date(), focus) : null
  const returnTo = `${adminRoute}${REVIEW_PATH}${queue?.focus ? `?post=${queue.focus.id}` : ''}`
  const apiRoute = req.payload.config.routes.api
  const message = notice(searchParams, language, req.i18n)

  const section = (key: 'pending' | 'hidden' | 'flagged') =>
    queue ? (
      <section key={key} aria-labelledby={`review-${key}`} data-testid={`review-${key}`} style={{ marginTop: '2rem' }}>
        <h2 id={`review-${key}`}>
          {t[key]} ({queue[key].length})
        </h2>
        {queue[key].length ? (
          queue[key].map((post) => <PostItem key={post.id} post={post} language={language} adminRoute={adminRoute} apiRoute={apiRoute} returnTo={returnTo} spaces={queue.spaces} />)
        ) : (
          <p>{t.empty}</p>
        )}
      </section>
    ) : null

  return (
    <AdminViewFrame initPageResult={initPageResult} params={params} searchParams={searchParams} title={t.title}>
        <div style={{ maxWidth: '60rem', margin: '1.5rem 0 3rem' }} data-testid="community-review">
          <h1>{t.title}</h1>
          {message ? (
            <p role={message.ok ? 'status' : 'alert'} data-testid="review-notice" style={{ padding: '0.75rem 1rem', borderLeft: `5px solid ${message.ok ? 'var(--theme-success-500)' : 'var(--theme-error-500)'}`, background: 'var(--theme-elevation-50)' }}>
              {message.text}
            </p>
          ) : null}
          {!allowed || !queue ? (
            <p role="alert">{t.forbidden}</p>
          ) : (
            <>
              <p>{t.intro}</p>
              <form method="get" action={`${adminRoute}${REVIEW_PATH}`} style={{ display: 'flex', gap: '0.5rem', alignItems: 'flex-end', flexWrap: 'wrap' }}>
                <div style={{ display: 'flex', flexDirection: 'column', gap: '0.25rem' }}>
                  <label htmlFor="review-find-post">{t.findPost}</label>
                  <input id="review-find-post" name="post" type="number" min={1} defaultValue={focus ?? undefined} aria-describedby="review-find-post-hint" style={{ width: '10rem' }} />
                  <small id="review-find-post-hint">{t.findPostHint}</small>
                </div>
                <button type="submit" className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }}>
                  {t.show}
                </button>
              </form>
              {focus ? (
                <section aria-labelledby="review-focus" data-testid="review-focus" style={{ marginTop: '2rem' }}>
                  <h2 id="review-focus">{t.focus}</h2>
                  {queue.focus ? (
                    <PostItem post={queue.focus} language={language} adminRoute={adminRoute} apiRoute={apiRoute} returnTo={returnTo} spaces={queue.spaces} />
                  ) : (
                    <p role="alert">{serverMessage(req, 'moderationNotFound')}</p>
                  )}
                </section>
              ) : null}
              {section('pending')}
              {section('hidden')}
              {section('flagged')}
              <section aria-labelledby="review-appeals" data-testid="review-appeals" style={{ marginTop: '2rem' }}>
                <h2 id="review-appeals">
                  {t.appeals} ({queue.appeals.length})
                </h2>
                {queue.appeals.length ? queue.appeals.map((appeal) => <AppealItem key={appeal.id} appeal={appeal} language={language} apiRoute={apiRoute} returnTo={returnTo} />) : <p>{t.empty}</p>}
              </section>
            </>
          )}
        </div>
    </AdminViewFrame>
  )
}
