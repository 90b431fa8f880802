import { randomBytes } from 'node:crypto'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import { toSlug } from '@/fields/slug'
import { defaultLocale, type Locale } from '@/i18n/locales'
import { hitRateLimit, rateLimitKey, type RateLimitRule } from '@/lib/security/rateLimit'
import { loadSubmissionFormOptions } from './formOptions'
import { runSubmissionMaintenance } from './maintenance'
import { plainTextToRichText } from './plainTextToRichText'
import { HONEYPOT_FIELD, type SubmissionErrors, type SubmissionValues } from './submissionFields'
import { readSubmissionValues, validateSubmission, type ValidSubmission } from './submissionForm'
import { confirmationEmail } from './submitterEmails'

export type SubmissionOutcome =
  | { status: 'invalid'; httpStatus: 400; errors: SubmissionErrors; values: SubmissionValues }
  | { status: 'rateLimited'; httpStatus: 429; retryAfterSeconds: number; values: SubmissionValues }
  /** Also the answer to a bot that filled the honeypot (then `practiceId` is null): it must not tell. */
  | { status: 'accepted'; httpStatus: 303; practiceId: number | null }

/** How many submissions an address (per hour) and an email address (per day) may send. */
export const SUBMISSION_LIMITS = {
  perIpPerHour: 5,
  perEmailPerDay: 3,
} as const

const ipRule = (ip: string): RateLimitRule => ({ key: rateLimitKey('submit-practice:ip', ip), limit: SUBMISSION_LIMITS.perIpPerHour, windowSeconds: 60 * 60 })
const emailRule = (email: string): RateLimitRule => ({
  key: rateLimitKey('submit-practice:email', email),
  limit: SUBMISSION_LIMITS.perEmailPerDay,
  windowSeconds: 24 * 60 * 60,
})

// A slug of its own, so two submissions with one title never collide; editors may shorten it.
const submissionSlug = (title: string) => `${toSlug(title).slice(0, 70).replace(/-+$/, '') || 'practice'}-${randomBytes(3).toString('hex')}`

/** The text fields of the practice, in the language the submitter wrote them. */
const localizedText = (data: ValidSubmission) => ({
  title: data.title,
  summary: data.summary,
  challenge: plainTextToRichText(data.challenge),
  solution: plainTextToRichText(data.solution),
  results: plainTextToRichText(data.results),
})

async function createSubmission(payload: Payload, data: ValidSubmission, locale: Locale): Promise<number> {
  const req = await createLocalReq({ locale }, payload)
  await initTransaction(req)
  try {
    const practice = await payload.create({
      collection: 'practices',
      locale,
      draft: true,
      overrideAccess: true,
      depth: 0,
      req,
      data: {
        ...localizedText(data),
        slug: submissionSlug(data.title),
        themes: data.themes,
        impact: { emissionsReduced: data.emissionsReduced, verificationLevel: 'self_reported' },
        workflowStatus: 'submitted',
        _status: 'draft',
        submission: {
          origin: 'public',
          name: data.name,
          organisation: data.organisation,
          email: data.email,
          cityName: data.city,
          countryCode: data.country,
          locale,
        },
      },
    })
    if (locale !== defaultLocale) {
      // The site's default language must hold a title and summary for every save the editors make;
      // until they translate it, it holds the original text, which also stays in its own language.
      await payload.update({ collection: 'practices', id: practice.id, locale: defaultLocale, data: localizedText(data), overrideAccess: true, depth: 0, req })
    }
    const email = confirmationEmail({ practiceId: practice.id, name: data.name, locale, title: data.title })
    await payload.sendEmail({ to: data.email, ...email, req })
    await commitTransaction(req)
    return practice.id
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

/**
 * Handles one post of the submission form: validation first (bad input changes nothing), then the
 * rate limits, then the practice (a draft in state `submitted`, hidden from editors until the
 * address is confirmed) and the confirmation email, together in one transaction.
 */
export async function submitPractice(payload: Payload, { form, locale, ip }: { form: FormData; locale: Locale; ip: string }): Promise<SubmissionOutcome> {
  const values = readSubmissionValues(form)
  const honeypot = form.get(HONEYPOT_FIELD)
  if (typeof honeypot === 'string' && honeypot.trim() !== '') {
    await hitRateLimit(payload, ipRule(ip))
    return { status: 'accepted', httpStatus: 303, practiceId: null }
  }

  const options = await loadSubmissionFormOptions(payload, locale)
  const validation = validateSubmission(values, locale, {
    countryCodes: options.countries.map((country) => country.code),
    themeIds: options.themes.map((theme) => theme.id),
  })
  if (!validation.ok) return { status: 'invalid', httpStatus: 400, errors: validation.errors, values }

  for (const rule of [ipRule(ip), emailRule(validation.data.email)]) {
    const limit = await hitRateLimit(payload, rule)
    if (!limit.allowed) return { status: 'rateLimited', httpStatus: 429, retryAfterSeconds: limit.retryAfterSeconds, values }
  }

  const practiceId = await createSubmission(payload, validation.data, locale)
  await runSubmissionMaintenance(payload)
  return { status: 'accepted', httpStatus: 303, practiceId }
}
