import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { isLocale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'

type Props = { params: Promise<{ locale: string }> }

export const revalidate = 3600

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return { title: getStrings(locale).fundingAlerts.checkEmail.title, robots: { index: false, follow: true } }
}

/** Where the alert form leads (a bot caught by the honeypot and an address already subscribed read the same page). */
export default async function AlertCheckEmailPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const { checkEmail } = getStrings(locale).fundingAlerts
  return (
    <div className="container submission">
      <h1>{checkEmail.title}</h1>
      <p className="submission__lead">{checkEmail.text}</p>
      <p>{checkEmail.spam}</p>
    </div>
  )
}
