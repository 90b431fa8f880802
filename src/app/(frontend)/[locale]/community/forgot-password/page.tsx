import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ForgotPasswordForm } from '@/components/members/ForgotPasswordForm.client'
import { isLocale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { forgotPasswordAction } from './actions'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return { title: null, robots: { index: false, follow: true } }
}

/** /{locale}/community/forgot-password — ask for a link to choose a new password. */
export default async function ForgotPasswordPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const strings = getStrings(locale)
  const { forgotPassword } = strings.members
  return (
    <div className="container submission members">
      <h1>{forgotPassword.title}</h1>
      <p className="submission__lead">{forgotPassword.lead}</p>
      <ForgotPasswordForm action={forgotPasswordAction} locale={locale} pageTitle={`${forgotPassword.title} — ${strings.site.shortName}`} strings={strings.members} />
    </div>
  )
}
