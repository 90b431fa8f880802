import type { Payload, PayloadRequest } from 'payload'

import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'
import type { Practice } from '@/payload-types'
import type { Submitter } from './submitterEmails'

export type SubmissionRecord = Submitter & {
  email: string | null
  emailConfirmedAt: string | null
  origin: 'public' | 'editorial'
  workflowStatus: Practice['workflowStatus']
  /** Published and through the workflow: what the public sees. */
  isPublic: boolean
  createdAt: string
}

/** A localized field read with `locale: 'all'`: one value per language. */
function inLanguage(value: unknown, preferred: Locale[]): string {
  if (typeof value === 'string') return value
  const byLocale = (value ?? {}) as Record<string, string | null | undefined>
  for (const locale of preferred) if (byLocale[locale]) return byLocale[locale] as string
  return Object.values(byLocale).find((text): text is string => Boolean(text)) ?? ''
}

/**
 * A practice's submission details, read past access rules (server code only): who to write to, in
 * which language, and the title as they wrote it. Null when the practice does not exist.
 */
export async function loadSubmission(payload: Payload, practiceId: number, req?: PayloadRequest): Promise<SubmissionRecord | null> {
  const practice = await payload.findByID({
    collection: 'practices',
    id: practiceId,
    locale: 'all',
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
    select: { title: true, slug: true, submission: true, workflowStatus: true, _status: true, createdAt: true },
  })
  if (!practice) return null
  const submission = practice.submission ?? { origin: 'editorial' as const }
  const locale = isLocale(submission.locale ?? undefined) ? (submission.locale as Locale) : defaultLocale
  return {
    practiceId,
    name: submission.name ?? '',
    locale,
    title: inLanguage(practice.title, [locale, defaultLocale]),
    slug: practice.slug,
    email: submission.email ?? null,
    emailConfirmedAt: submission.emailConfirmedAt ?? null,
    origin: submission.origin ?? 'editorial',
    workflowStatus: practice.workflowStatus,
    isPublic: practice._status === 'published' && practice.workflowStatus === 'published',
    createdAt: practice.createdAt,
  }
}
