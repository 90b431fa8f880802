import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { MemberProfile } from '@/components/members/MemberProfile'
import { isLocale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { memberPath, memberProfilePath } from '@/lib/community/members/paths'
import { getMemberProfile } from '@/lib/community/members/profileView'
import { currentViewer } from '@/lib/community/session'
import { getPayloadClient } from '@/lib/payload'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string; id: string }> }

// Profiles are for signed-in members: never indexed, whoever asks.
export const metadata: Metadata = { robots: { index: false, follow: false } }

/** /{locale}/community/members/{id} — a member's profile, as her privacy settings allow, for signed-in members and moderators. */
export default async function MemberProfilePage({ params }: Props) {
  const { locale, id } = await params
  if (!isLocale(locale) || !/^\d{1,9}$/.test(id)) notFound()
  const strings = getStrings(locale)
  const { profile: copy } = strings.members
  const outcome = await getMemberProfile(await getPayloadClient(), await currentViewer(), Number(id), locale)
  if (outcome.status === 'notFound') notFound()
  if (outcome.status === 'signInRequired') {
    return (
      <div className="container submission members">
        <title>{`${copy.titleSignIn} — ${strings.site.shortName}`}</title>
        <h1>{copy.titleSignIn}</h1>
        <p className="submission__lead">{copy.signInText}</p>
        <p>
          <a className="button" href={`${memberPath(locale, 'sign-in')}?next=${encodeURIComponent(memberProfilePath(locale, id))}`}>
            {copy.signIn}
          </a>
        </p>
      </div>
    )
  }
  return (
    <div className="container members">
      <title>{`${outcome.profile.name} — ${strings.site.shortName}`}</title>
      {outcome.own ? (
        <div className="members-notice" role="status">
          <p>
            {copy.yours} <a href={memberPath(locale, 'account')}>{copy.edit}</a>
          </p>
        </div>
      ) : null}
      <MemberProfile profile={outcome.profile} locale={locale} strings={strings.members} />
    </div>
  )
}
