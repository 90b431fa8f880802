import type { Locale } from '@/i18n/locales'
import type { MembersStrings } from '@/i18n/strings/members/en'
import type { AccountView } from '@/lib/community/members/account'
import { fill } from '@/lib/submissions/fill'
import { VerifiedBadge } from './VerifiedBadge'

const dateTime = (locale: Locale, iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(iso)) + ' UTC'

/** Her trust level, badge, sanctions in force and posts waiting for review. */
export function AccountStatus({ view, locale, strings }: { view: AccountView; locale: Locale; strings: MembersStrings }) {
  const { status, pending } = strings.account
  return (
    <section className="members-status" aria-labelledby="account-status-title">
      <h2 id="account-status-title">{status.title}</h2>
      {view.verifiedOfficial ? <VerifiedBadge label={status.badge} /> : null}
      <p>{fill(status.trustLevel, { level: view.trustLevel })}</p>
      <p className="field__hint">{status.trustHelp}</p>
      {view.sanctions.map((sanction) => (
        <div className="members-notice members-notice--warning" key={sanction.kind}>
          <p>{fill(status[sanction.kind], { until: dateTime(locale, sanction.until) })}</p>
          {sanction.reason ? <p>{fill(status.reason, { reason: sanction.reason })}</p> : null}
          <p>
            <a href={`/${locale}/community/moderation-log`}>{status.appeal}</a>
          </p>
        </div>
      ))}
      <h3>{pending.title}</h3>
      {view.pending.count === 0 ? (
        <p>{pending.none}</p>
      ) : (
        <>
          <p>{fill(pending.count, { count: view.pending.count })}</p>
          <ul>
            {view.pending.posts.map((post) => (
              <li key={post.path}>
                <a href={post.path}>{post.label}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
