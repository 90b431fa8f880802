import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'

import { DeleteAccountForm } from '@/components/members/DeleteAccountForm.client'
import { isLocale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { memberPath } from '@/lib/community/members/paths'
import { currentMember } from '@/lib/community/session'
import { deleteAccountAction } from './actions'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return { title: null, robots: { index: false, follow: false } }
}

/** /{locale}/community/account/delete — step one says what happens; `?step=confirm` asks for her password. */
export default async function DeleteAccountPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const path = memberPath(locale, 'account/delete')
  if (!(await currentMember())) redirect(`${memberPath(locale, 'sign-in')}?next=${encodeURIComponent(path)}`)
  const confirm = (await searchParams).step === 'confirm'
  const strings = getStrings(locale)
  const { deleteAccount, account } = strings.members
  const pageTitle = `${deleteAccount.title} — ${strings.site.shortName}`
  return (
    <div className="container submission members">
      {confirm ? null : <title>{pageTitle}</title>}
      <h1>{deleteAccount.title}</h1>
      <p className="submission__lead">{deleteAccount.lead}</p>
      <ul className="members-consequences">
        {deleteAccount.consequences.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p>
        {deleteAccount.exportFirst}{' '}
        <a href={memberPath(locale, 'account/export')} download>
          {account.more.export}
        </a>
      </p>
      {confirm ? (
        <DeleteAccountForm action={deleteAccountAction} locale={locale} pageTitle={pageTitle} strings={strings.members} />
      ) : (
        <p className="members-actions">
          <a className="button button--warning" href={`${path}?step=confirm`}>
            {deleteAccount.continue}
          </a>{' '}
          <a href={memberPath(locale, 'account')}>{deleteAccount.cancel}</a>
        </p>
      )}
    </div>
  )
}
