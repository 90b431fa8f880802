import type { QueuePost } from '@/lib/community/moderation/reviewQueue'
import { FLAG_REASONS, MODERATION_REASONS, POST_STATES } from '@/lib/community/options'
import { type AdminLanguage, formatDay } from '../language'
import { ActionForm, DaysField, NoteField, ReasonSelect } from './forms'
import { reviewTexts } from './texts'

type Props = {
  post: QueuePost
  language: AdminLanguage
  adminRoute: string
  apiRoute: string
  returnTo: string
  spaces: Array<{ id: number; title: string }>
}

/** One post of the queue: what it says, who wrote it, its flags, and the actions that fit its state. */
export function PostItem({ post, language, adminRoute, apiRoute, returnTo, spaces }: Props) {
  const t = reviewTexts[language]
  const endpoint = `${apiRoute}/community-posts/${post.id}/moderate`
  const id = (part: string) => `review-${post.id}-${part}`
  const { author } = post
  const site = `/${language}/community/threads/${post.threadId}${post.isThread ? '' : `#post-${post.id}`}`

  return (
    <article aria-labelledby={id('heading')} data-testid={`review-post-${post.id}`} style={{ borderTop: '1px solid var(--theme-elevation-150)', padding: '1rem 0' }}>
      <h3 id={id('heading')} style={{ margin: '0 0 0.25rem' }}>
        {post.isThread ? t.thread : t.reply}
        {post.isThread ? ': ' : ` ${t.inThread} `}
        {post.threadTitle ?? '—'}
      </h3>
      <p style={{ margin: '0 0 0.5rem' }}>
        {t.state}: {POST_STATES[post.state][language]}
        {post.stateReason ? ` (${MODERATION_REASONS[post.stateReason][language]})` : ''}
        {post.locked ? ` · ${t.locked}` : ''} · {formatDay(post.createdAt, language)} · <a href={site}>{t.seeThread}</a> ·{' '}
        <a href={`${adminRoute}/collections/community-posts/${post.id}`}>{t.openInAdmin}</a>
        {post.practiceDraft ? (
          <>
            {' · '}
            <a href={`${adminRoute}/collections/practices/${post.practiceDraft}`}>{t.draftPractice}</a>
          </>
        ) : null}
      </p>
      <p style={{ margin: '0 0 0.5rem' }}>
        {t.by}:{' '}
        {author ? (
          <>
            <a href={`${adminRoute}/collections/members/${author.id}`}>{author.name}</a> — {t.trust} {author.trustLevel}, {author.publishedPosts} {t.publishedPosts}
            {author.verifiedOfficial ? `, ${t.verified}` : ''}
            {author.sanction ? (
              <strong>
                {' '}
                — {t.sanctioned}: {author.sanction.kind === 'suspended' ? t.suspend : t.silence} {t.until} {formatDay(author.sanction.until, language)}
              </strong>
            ) : null}
          </>
        ) : (
          t.formerMember
        )}
      </p>
      <pre style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word', maxHeight: '16rem', overflow: 'auto', padding: '0.75rem', background: 'var(--theme-elevation-50)' }}>{post.body}</pre>
      {post.flags.length ? (
        <div>
          <h4 style={{ margin: '0.5rem 0 0.25rem' }}>
            {t.flags} ({post.flags.length})
          </h4>
          <ul style={{ margin: 0 }}>
            {post.flags.map((flag, index) => (
              <li key={index}>
                {FLAG_REASONS[flag.reason][language]}
                {flag.text ? ` — “${flag.text}”` : ''} ({formatDay(flag.createdAt, language)})
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {post.state === 'pending' || post.state === 'hidden' ? <ActionForm endpoint={endpoint} returnTo={returnTo} action="approve" submit={t.approve} testId={`approve-${post.id}`} /> : null}
      {post.state === 'pending' ? (
        <ActionForm endpoint={endpoint} returnTo={returnTo} action="reject" submit={t.reject}>
          <ReasonSelect id={id('reject-reason')} language={language} required />
          <NoteField id={id('reject-note')} language={language} />
        </ActionForm>
      ) : null}
      {post.state === 'published' ? (
        <>
          <ActionForm endpoint={endpoint} returnTo={returnTo} action="dismiss_flags" submit={t.dismissFlags} />
          <ActionForm endpoint={endpoint} returnTo={returnTo} action="hide" submit={t.hide}>
            <ReasonSelect id={id('hide-reason')} language={language} required />
            <NoteField id={id('hide-note')} language={language} />
          </ActionForm>
        </>
      ) : null}
      {post.state === 'removed' ? <ActionForm endpoint={endpoint} returnTo={returnTo} action="restore" submit={t.restore} /> : null}
      {post.state === 'published' || post.state === 'hidden' ? (
        <ActionForm endpoint={endpoint} returnTo={returnTo} action="remove" submit={t.remove}>
          <ReasonSelect id={id('remove-reason')} language={language} required />
          <NoteField id={id('remove-note')} language={language} />
        </ActionForm>
      ) : null}

      <details style={{ marginTop: '0.5rem' }}>
        <summary>{t.moreActions}</summary>
        <ActionForm endpoint={endpoint} returnTo={returnTo} action="edit" submit={t.edit}>
          {post.isThread ? (
            <div style={{ display: 'flex', flexDirection: 'column', gap: '0.25rem', width: '100%' }}>
              <label htmlFor={id('edit-title')}>{t.title_}</label>
              <input id={id('edit-title')} name="title" defaultValue={post.threadTitle ?? ''} maxLength={200} />
            </div>
          ) : null}
          <div style={{ display: 'flex', flexDirection: 'column', gap: '0.25rem', width: '100%' }}>
            <label htmlFor={id('edit-body')}>{t.body}</label>
            <textarea id={id('edit-body')} name="body" rows={8} defaultValue={post.body} maxLength={20000} required />
          </div>
          <ReasonSelect id={id('edit-reason')} language={language} required />
          <NoteField id={id('edit-note')} language={language} />
        </ActionForm>
        {post.isThread ? (
          <>
            <ActionForm endpoint={endpoint} returnTo={returnTo} action={post.locked ? 'unlock' : 'lock'} submit={post.locked ? t.unlock : t.lock} />
            <ActionForm endpoint={endpoint} returnTo={returnTo} action="move" submit={t.move}>
              <div style={{ display: 'flex', flexDirection: 'column', gap: '0.25rem' }}>
                <label htmlFor={id('move-space')}>{t.space}</label>
                <select id={id('move-space')} name="space" required defaultValue="">
                  <option value="" disabled>
                    —
                  </option>
                  {spaces
                    .filter((space) => space.id !== post.space)
                    .map((space) => (
                      <option key={space.id} value={space.id}>
                        {space.title}
                      </option>
                    ))}
                </select>
              </div>
              <ReasonSelect id={id('move-reason')} language={language} />
            </ActionForm>
            {post.state === 'published' && !post.practiceDraft ? <ActionForm endpoint={endpoint} returnTo={returnTo} action="to_practice" submit={t.toPractice} /> : null}
          </>
        ) : null}
        {author ? (
          <fieldset style={{ marginTop: '0.5rem' }}>
            <legend>
              {t.memberActions}: {author.name}
            </legend>
            {author.sanction ? (
              <ActionForm endpoint={`${apiRoute}/members/${author.id}/sanction`} returnTo={returnTo} action="lift_sanction" submit={t.liftSanction} />
            ) : null}
            {(['silence', 'suspend'] as const).map((kind) => (
              <ActionForm key={kind} endpoint={`${apiRoute}/members/${author.id}/sanction`} returnTo={returnTo} action={kind} submit={kind === 'silence' ? t.silence : t.suspend}>
                <DaysField id={id(`${kind}-days`)} language={language} />
                <ReasonSelect id={id(`${kind}-reason`)} language={language} required />
                <NoteField id={id(`${kind}-note`)} language={language} />
              </ActionForm>
            ))}
            {author.verifiedOfficial ? null : (
              <ActionForm endpoint={`${apiRoute}/members/${author.id}/sanction`} returnTo={returnTo} action="verify_official" submit={t.verify}>
                <div style={{ display: 'flex', flexDirection: 'column', gap: '0.25rem' }}>
                  <label htmlFor={id('verify-evidence')}>{t.evidence}</label>
                  <textarea id={id('verify-evidence')} name="evidence" rows={2} cols={40} maxLength={2000} required />
                </div>
              </ActionForm>
            )}
          </fieldset>
        ) : null}
      </details>
    </article>
  )
}
