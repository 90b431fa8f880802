import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ErrorSummary } from '@/components/submission/ErrorSummary'
import { isLocale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { CADENCES, listFollows } from '@/lib/community/notifications/follows'
import { communityPath, notificationSettingsPath } from '@/lib/community/notifications/links'
import { currentMember } from '@/lib/community/session'
import { getPayloadClient } from '@/lib/payload'
import { fill } from '@/lib/submissions/fill'
import { saveSettingsAction, updateFollowAction } from './actions'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ saved?: string; updated?: string; error?: string }> }

// A member's own settings: rendered for each request, never cached.
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const { settings } = getStrings(locale).communityNotifications
  const { error } = await searchParams
  return { title: `${error ? `${settings.errorPrefix} ` : ''}${settings.metaTitle}`, robots: { index: false, follow: false } }
}

/**
 * /{locale}/community/account/notifications — a member's email settings (on/off, default cadence,
 * following her own threads) and the list of what she follows, each with its cadence and an
 * unfollow button. Plain forms: all of it works without JavaScript.
 */
export default async function NotificationSettingsPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const { settings: text, follow: followText } = getStrings(locale).communityNotifications
  const member = await currentMember()
  if (!member) {
    return (
      <div className="container submission">
        <h1>{text.signInTitle}</h1>
        <p>{text.signInText}</p>
        <p>
          <a className="button" href={`${communityPath(locale, 'sign-in')}?next=${encodeURIComponent(notificationSettingsPath(locale))}`}>
            {text.signInLink}
          </a>
        </p>
      </div>
    )
  }
  const { saved, updated, error } = await searchParams
  const follows = await listFollows(await getPayloadClient(), member.id, locale)
  const errorPrefix = text.errorPrefix
  const cadenceError = error === 'cadence' ? text.cadenceInvalid : undefined
  const notice = saved === '1' ? text.saved : updated === '1' ? text.updated : null
  const emailOn = member.notifications?.email !== false
  return (
    <div className="container submission community-notifications">
      {cadenceError ? <ErrorSummary title={text.errorTitle} items={[{ message: cadenceError, href: '#settings-cadence' }]} /> : null}
      {notice ? (
        <p className="submission__notice" role="status">
          {notice}
        </p>
      ) : null}
      <h1>{text.title}</h1>
      <p className="submission__lead">{text.intro}</p>

      <form action={saveSettingsAction} className="community-notifications__settings">
        <input type="hidden" name="locale" value={locale} />
        <fieldset className="field">
          <legend className="field__label">{text.emailLegend}</legend>
          <div className="checkbox">
            <input id="settings-email" name="email" type="checkbox" defaultChecked={emailOn} />
            <label htmlFor="settings-email">{text.emailLabel}</label>
          </div>
          <div className="checkbox">
            <input id="settings-auto-follow" name="autoFollowOwnThreads" type="checkbox" defaultChecked={member.notifications?.autoFollowOwnThreads !== false} />
            <label htmlFor="settings-auto-follow">{text.autoFollowLabel}</label>
          </div>
        </fieldset>
        <div className={cadenceError ? 'field field--error' : 'field'}>
          <label className="field__label" htmlFor="settings-cadence">
            {text.cadenceLabel}
          </label>
          <p className="field__hint" id="settings-cadence-hint">
            {text.cadenceHint}
          </p>
          {cadenceError ? (
            <p className="field__error" id="settings-cadence-error">
              <span className="visually-hidden">{errorPrefix} </span>
              {cadenceError}
            </p>
          ) : null}
          <select
            className="field__select"
            id="settings-cadence"
            name="cadence"
            defaultValue={member.notifications?.cadence ?? 'immediate'}
            aria-describedby={cadenceError ? 'settings-cadence-hint settings-cadence-error' : 'settings-cadence-hint'}
            aria-invalid={cadenceError ? true : undefined}
          >
            {CADENCES.map((value) => (
              <option key={value} value={value}>
                {followText.cadences[value]}
              </option>
            ))}
          </select>
        </div>
        <button className="button" type="submit">
          {text.save}
        </button>
      </form>

      <h2 id="follows">{text.followsTitle}</h2>
      {!emailOn && follows.length ? <p className="community-notifications__note">{text.emailOffNote}</p> : null}
      {follows.length === 0 ? (
        <p>{text.none}</p>
      ) : (
        <ul className="community-notifications__follows">
          {follows.map((item) => {
            const title = item.title || text.unavailable
            return (
              <li key={item.id} className="community-notifications__follow">
                <p className="community-notifications__target">
                  <span className="community-notifications__kind">{text.kinds[item.kind]}</span>{' '}
                  {item.href ? <a href={item.href}>{title}</a> : <span>{title}</span>}
                </p>
                <form action={updateFollowAction} className="community-notifications__form">
                  <input type="hidden" name="locale" value={locale} />
                  <input type="hidden" name="follow" value={item.id} />
                  <label className="visually-hidden" htmlFor={`follow-${item.id}-cadence`}>
                    {fill(text.cadenceOf, { title })}
                  </label>
                  <select className="field__select" id={`follow-${item.id}-cadence`} name="cadence" defaultValue={item.cadence}>
                    {CADENCES.map((value) => (
                      <option key={value} value={value}>
                        {followText.cadences[value]}
                      </option>
                    ))}
                  </select>{' '}
                  <button className="button button--secondary" type="submit" name="intent" value="cadence">
                    {text.change}
                  </button>
                </form>
                <form action={updateFollowAction} className="community-notifications__form">
                  <input type="hidden" name="locale" value={locale} />
                  <input type="hidden" name={item.kind} value={item.targetId} />
                  <button className="button button--secondary" type="submit" name="intent" value="unfollow" aria-label={fill(text.unfollowLabel, { title })}>
                    {text.unfollow}
                  </button>
                </form>
              </li>
            )
          })}
        </ul>
      )}
    </div>
  )
}
