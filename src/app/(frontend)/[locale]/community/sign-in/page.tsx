import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'

import { SignInForm } from '@/components/members/SignInForm.client'
import { isLocale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { memberPath, safeNextPath } from '@/lib/community/members/paths'
import { currentMember } from '@/lib/community/session'
import { resendVerificationAction, signInAction } from './actions'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

const NOTICES = ['verified', 'reset', 'signedOut', 'deleted'] as const

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return { title: null, robots: { index: false, follow: true } }
}

/** /{locale}/community/sign-in?next=… — members sign in here (staff use the admin panel). */
export default async function SignInPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const query = await searchParams
  const next = typeof query.next === 'string' ? safeNextPath(query.next, locale) : ''
  if (await currentMember()) redirect(next || memberPath(locale, 'account'))
  const strings = getStrings(locale)
  const { signIn } = strings.members
  const notice = NOTICES.find((key) => query[key] === '1')
  const noticeText = notice ? { verified: signIn.verified, reset: signIn.passwordReset, signedOut: signIn.signedOut, deleted: signIn.deleted }[notice] : null
  return (
    <div className="container submission members">
      <h1>{signIn.title}</h1>
      {noticeText ? (
        <div className="members-notice" role="status">
          <p>{noticeText}</p>
        </div>
      ) : null}
      <SignInForm
        action={signInAction}
        resendAction={resendVerificationAction}
        locale={locale}
        next={next}
        pageTitle={`${signIn.title} — ${strings.site.shortName}`}
        strings={strings.members}
      />
      <p>
        <a href={memberPath(locale, 'forgot-password')}>{signIn.forgot}</a>
      </p>
      <p>
        {signIn.noAccount} <a href={memberPath(locale, 'sign-up')}>{signIn.join}</a>
      </p>
    </div>
  )
}
