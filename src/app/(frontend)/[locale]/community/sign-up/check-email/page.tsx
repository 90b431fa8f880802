import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { isLocale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return { title: getStrings(locale).members.signUp.checkEmailTitle, robots: { index: false, follow: false } }
}

/** After sign-up: the same words whether or not the address already had an account. */
export default async function SignUpCheckEmailPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const { signUp } = getStrings(locale).members
  return (
    <div className="container submission members">
      <h1>{signUp.checkEmailTitle}</h1>
      <p className="submission__lead">{signUp.checkEmailText}</p>
      <p>{signUp.checkEmailSpam}</p>
    </div>
  )
}
