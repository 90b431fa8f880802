import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { SubmissionForm } from '@/components/submission/SubmissionForm.client'
import { isLocale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { localeAlternates } from '@/lib/seo/alternates'
import { getSubmissionFormOptions } from '@/lib/submissions/formOptions'
import { submitPracticeAction } from './actions'

type Props = { params: Promise<{ locale: string }> }

export const revalidate = 3600

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const strings = getStrings(locale)
  const { form } = strings.submission
  // The form renders the <title> itself: after a post with errors it starts with "Error:", which
  // metadata (computed without the form's state) cannot know.
  return {
    title: null,
    description: form.lead,
    openGraph: { title: form.title },
    alternates: localeAlternates(locale, '/submit-practice'),
  }
}

export default async function SubmitPracticePage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const strings = getStrings(locale)
  const { form, fields, errors } = strings.submission
  const options = await getSubmissionFormOptions(locale)
  return (
    <div className="container submission">
      <h1>{form.title}</h1>
      <p className="submission__lead">{form.lead}</p>
      <SubmissionForm
        action={submitPracticeAction}
        locale={locale}
        pageTitle={`${form.title} — ${strings.site.shortName}`}
        strings={{ form, fields, errors }}
        options={options}
      />
    </div>
  )
}
