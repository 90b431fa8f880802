import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { SignOutButton } from '@/components/members/SignOutButton'
import { isLocale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return { title: getStrings(locale).members.signOut.submit, robots: { index: false, follow: false } }
}

/** /{locale}/community/sign-out — signing out is a POST; this page only offers the button. */
export default async function SignOutPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const { signOut } = getStrings(locale).members
  return (
    <div className="container submission members">
      <h1>{signOut.submit}</h1>
      <SignOutButton locale={locale} label={signOut.submit} />
    </div>
  )
}
