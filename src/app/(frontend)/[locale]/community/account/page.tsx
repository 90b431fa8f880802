import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'

import { AccountForm } from '@/components/members/AccountForm.client'
import { AccountStatus } from '@/components/members/AccountStatus'
import { CountryStep } from '@/components/members/CountryStep'
import { PhotoForm } from '@/components/members/PhotoForm'
import { SignOutButton } from '@/components/members/SignOutButton'
import { isLocale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { getAccountView } from '@/lib/community/members/account'
import { countryParam, getProfileChoices } from '@/lib/community/members/choices'
import { memberPath, memberProfilePath } from '@/lib/community/members/paths'
import { currentMember } from '@/lib/community/session'
import { getPayloadClient } from '@/lib/payload'
import { fill } from '@/lib/submissions/fill'
import { updateAccountAction } from './actions'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return { title: null, robots: { index: false, follow: false } }
}

/** /{locale}/community/account — her profile, privacy, photo, standing, and the ways out (export, delete). */
export default async function AccountPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const member = await currentMember()
  if (!member) redirect(`${memberPath(locale, 'sign-in')}?next=${encodeURIComponent(memberPath(locale, 'account'))}`)
  const payload = await getPayloadClient()
  const view = await getAccountView(payload, member.id, locale)
  if (!view) notFound()
  const query = await searchParams
  const choices = await getProfileChoices(payload, locale, countryParam(query.country) || view.values.country)
  const strings = getStrings(locale)
  const { account, signOut } = strings.members
  return (
    <div className="container submission members">
      <h1>{account.title}</h1>
      <p>{fill(account.signedInAs, { email: view.email })}</p>
      <SignOutButton locale={locale} label={signOut.submit} />
      {query.saved === '1' ? (
        <div className="members-notice" role="status">
          <p>{account.saved}</p>
        </div>
      ) : null}
      <AccountStatus view={view} locale={locale} strings={strings.members} />
      <section aria-labelledby="account-profile-title">
        <h2 id="account-profile-title">{account.profile.title}</h2>
        <CountryStep action={memberPath(locale, 'account')} choices={choices} strings={strings.members} idPrefix="account" />
        <AccountForm
          action={updateAccountAction}
          locale={locale}
          values={view.values}
          pageTitle={`${account.title} — ${strings.site.shortName}`}
          choices={choices}
          strings={strings.members}
        />
      </section>
      <PhotoForm locale={locale} photo={view.photo} outcome={typeof query.photo === 'string' ? query.photo : null} strings={strings.members} />
      <section aria-labelledby="account-more-title">
        <h2 id="account-more-title">{account.more.title}</h2>
        <ul className="members-links">
          <li>
            <a href={memberProfilePath(locale, view.id)}>{account.more.profile}</a>
          </li>
          <li>
            <a href={memberPath(locale, 'account/notifications')}>{account.more.notifications}</a>
          </li>
          <li>
            <a href={memberPath(locale, 'account/export')} download>
              {account.more.export}
            </a>
          </li>
          <li>
            <a href={memberPath(locale, 'account/delete')}>{account.more.delete}</a>
          </li>
        </ul>
      </section>
    </div>
  )
}
