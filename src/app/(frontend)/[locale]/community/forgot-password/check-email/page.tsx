import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { isLocale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return { title: getStrings(locale).members.forgotPassword.checkEmailTitle, robots: { index: false, follow: false } }
}

/** After a reset request: the same words whether or not the address has an account. */
export default async function ForgotPasswordCheckEmailPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const { forgotPassword } = getStrings(locale).members
  return (
    <div className="container submission members">
      <h1>{forgotPassword.checkEmailTitle}</h1>
      <p className="submission__lead">{forgotPassword.checkEmailText}</p>
    </div>
  )
}
