import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { SubmissionStatus } from '@/components/submission/SubmissionStatus'
import { isLocale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { getPayloadClient } from '@/lib/payload'
import { getSubmissionStatus } from '@/lib/submissions/submissionStatus'

type Props = { params: Promise<{ locale: string; token: string }>; searchParams: Promise<{ confirmed?: string }> }

// Private to whoever holds the link: rendered for each request and never stored by any cache.
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return {
    title: getStrings(locale).submission.status.title,
    robots: { index: false, follow: false },
    referrer: 'no-referrer',
  }
}

export default async function SubmissionStatusPage({ params, searchParams }: Props) {
  const { locale, token } = await params
  if (!isLocale(locale)) notFound()
  const { status: strings, confirm } = getStrings(locale).submission
  const status = await getSubmissionStatus(await getPayloadClient(), decodeURIComponent(token))
  // Not notFound(): without JavaScript Next.js sends an empty body for it (vercel/next.js#62228).
  if (!status) {
    return (
      <div className="container submission">
        <h1>{strings.invalidTitle}</h1>
        <p>{strings.invalidText}</p>
      </div>
    )
  }
  const { confirmed } = await searchParams
  return (
    <div className="container submission">
      {confirmed === '1' && status.state !== 'awaitingConfirmation' ? (
        <p className="submission__notice" role="status">
          {confirm.confirmed}
        </p>
      ) : null}
      <p className="submission__eyebrow">{strings.title}</p>
      <h1>{status.title}</h1>
      <p className="submission__lead">{strings.lead}</p>
      <SubmissionStatus locale={locale} status={status} strings={strings} />
    </div>
  )
}
