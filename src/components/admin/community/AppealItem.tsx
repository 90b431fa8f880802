import type { QueueAppeal } from '@/lib/community/moderation/reviewQueue'
import { MODERATION_ACTIONS, MODERATION_REASONS, POST_STATES } from '@/lib/community/options'
import { type AdminLanguage, formatDay } from '../language'
import { ActionForm, NoteField } from './forms'
import { reviewTexts } from './texts'

/** An open appeal assigned to the signed-in moderator, with the action appealed and the decision form. */
export function AppealItem({ appeal, language, apiRoute, returnTo }: { appeal: QueueAppeal; language: AdminLanguage; apiRoute: string; returnTo: string }) {
  const t = reviewTexts[language]
  const id = (part: string) => `appeal-${appeal.id}-${part}`
  const { action, post } = appeal
  return (
    <article aria-labelledby={id('heading')} data-testid={`review-appeal-${appeal.id}`} style={{ borderTop: '1px solid var(--theme-elevation-150)', padding: '1rem 0' }}>
      <h3 id={id('heading')} style={{ margin: '0 0 0.25rem' }}>
        {t.appealed}: {MODERATION_ACTIONS[action.action][language]}
        {action.reason ? ` (${MODERATION_REASONS[action.reason][language]})` : ''} — {formatDay(action.createdAt, language)}
        {action.automatic ? ` · ${t.automatic}` : ''}
      </h3>
      <p style={{ margin: '0 0 0.5rem' }}>
        {t.appellant}: {appeal.appellant ?? t.formerMember} · {formatDay(appeal.createdAt, language)}
        {post ? (
          <>
            {' · '}
            <a href={`/${language}/community/threads/${post.threadId}${post.id === post.threadId ? '' : `#post-${post.id}`}`}>{post.title ?? '—'}</a> ({POST_STATES[post.state][language]})
          </>
        ) : null}
      </p>
      {action.note ? <p style={{ margin: '0 0 0.5rem' }}>“{action.note}”</p> : null}
      <pre style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word', padding: '0.75rem', background: 'var(--theme-elevation-50)' }}>{appeal.text}</pre>
      <ActionForm endpoint={`${apiRoute}/community-appeals/${appeal.id}/decide`} returnTo={returnTo} submit={t.decide}>
        <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
          <legend className="visually-hidden">{t.decide}</legend>
          <div>
            <input type="radio" id={id('upheld')} name="outcome" value="upheld" required />
            <label htmlFor={id('upheld')}> {t.uphold}</label>
          </div>
          <div>
            <input type="radio" id={id('denied')} name="outcome" value="denied" required />
            <label htmlFor={id('denied')}> {t.deny}</label>
          </div>
        </fieldset>
        <NoteField id={id('note')} language={language} label={t.decisionNote} />
      </ActionForm>
    </article>
  )
}
