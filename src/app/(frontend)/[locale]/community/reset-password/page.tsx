import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ResetPasswordForm } from '@/components/members/ResetPasswordForm.client'
import { isLocale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { memberPath } from '@/lib/community/members/paths'
import { resetPasswordAction } from './actions'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  // The address carries a secret: it is not sent to other sites (same-origin keeps the form's POST working).
  return { title: null, robots: { index: false, follow: false }, referrer: 'same-origin' }
}

/** /{locale}/community/reset-password?token=… — the link of the reset email. */
export default async function ResetPasswordPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const token = (await searchParams).token
  const strings = getStrings(locale)
  const { resetPassword } = strings.members
  if (typeof token !== 'string' || !/^[A-Za-z0-9]{8,200}$/.test(token)) {
    return (
      <div className="container submission members">
        <title>{`${resetPassword.missingTitle} — ${strings.site.shortName}`}</title>
        <h1>{resetPassword.missingTitle}</h1>
        <p className="submission__lead">{resetPassword.missingText}</p>
        <p>
          <a href={memberPath(locale, 'forgot-password')}>{resetPassword.requestNew}</a>
        </p>
      </div>
    )
  }
  return (
    <div className="container submission members">
      <h1>{resetPassword.title}</h1>
      <ResetPasswordForm action={resetPasswordAction} locale={locale} token={token} pageTitle={`${resetPassword.title} — ${strings.site.shortName}`} strings={strings.members} />
    </div>
  )
}
