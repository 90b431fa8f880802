import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { isLocale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'

type Props = { params: Promise<{ locale: string }> }

export const revalidate = 3600

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return { title: getStrings(locale).submission.checkEmail.title, robots: { index: false, follow: true } }
}

/** Where the form sends a submitter (and a bot caught by the honeypot: both read the same page). */
export default async function CheckEmailPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const { checkEmail } = getStrings(locale).submission
  return (
    <div className="container submission">
      <h1>{checkEmail.title}</h1>
      <p className="submission__lead">{checkEmail.text}</p>
      <p>{checkEmail.spam}</p>
    </div>
  )
}
