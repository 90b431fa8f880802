import type { Locale } from '@/i18n/locales'
import type { MembersStrings } from '@/i18n/strings/members/en'
import type { MemberProfileView } from '@/lib/community/members/profileView'
import { fill } from '@/lib/submissions/fill'
import { VerifiedBadge } from './VerifiedBadge'

const day = (locale: Locale, iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso))

/** A member's public face inside the community: only what the view model carries (already privacy-filtered). */
export function MemberProfile({ profile, locale, strings }: { profile: MemberProfileView; locale: Locale; strings: MembersStrings }) {
  const { profile: copy, account } = strings
  const details = [
    { label: copy.role, value: profile.role },
    { label: copy.organisation, value: profile.organisation },
    { label: copy.location, value: profile.location },
    { label: copy.languages, value: profile.languages?.join(', ') ?? null },
    { label: copy.themes, value: profile.themes?.join(', ') ?? null },
  ].filter((detail): detail is { label: string; value: string } => Boolean(detail.value))
  return (
    <article className="member-profile" aria-labelledby="member-profile-name">
      <header className="member-profile__header">
        {profile.photo ? (
          // eslint-disable-next-line @next/next/no-img-element -- a small stored upload; images are unoptimized on this site
          <img className="members-photo__image" src={profile.photo.url} alt={fill(copy.photoAlt, { name: profile.name })} width={120} height={120} />
        ) : null}
        <div>
          <h1 id="member-profile-name">{profile.name}</h1>
          {profile.verifiedOfficial ? <VerifiedBadge label={account.status.badge} /> : null}
          <p className="member-profile__since">{fill(copy.memberSince, { date: day(locale, profile.memberSince) })}</p>
        </div>
      </header>
      {details.length > 0 ? (
        <dl className="member-profile__details">
          {details.map((detail) => (
            <div key={detail.label}>
              <dt>{detail.label}</dt>
              <dd>{detail.value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {profile.bio ? (
        <section aria-labelledby="member-profile-bio">
          <h2 id="member-profile-bio">{copy.bio}</h2>
          <p className="member-profile__bio">{profile.bio}</p>
        </section>
      ) : null}
      <section aria-labelledby="member-profile-threads">
        <h2 id="member-profile-threads">{copy.threads}</h2>
        {profile.threads.length === 0 ? (
          <p>{copy.noThreads}</p>
        ) : (
          <ul>
            {profile.threads.map((thread) => (
              <li key={thread.id}>
                <a href={thread.path}>{thread.title}</a> <span className="member-profile__date">{day(locale, thread.createdAt)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  )
}
