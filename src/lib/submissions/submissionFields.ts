// The form's shape, free of the validation library: the form component (client side) imports it.
import type { SubmissionStrings } from '@/i18n/strings/submission/en'

/** The form's fields, in the order they appear (the error summary lists errors in this order). */
export const SUBMISSION_FIELDS = [
  'name',
  'organisation',
  'email',
  'title',
  'city',
  'country',
  'themes',
  'summary',
  'challenge',
  'solution',
  'results',
  'emissionsReduced',
  'consent',
] as const

export type SubmissionField = (typeof SUBMISSION_FIELDS)[number]

/** The honeypot's name: a field people never see and bots fill in. */
export const HONEYPOT_FIELD = 'website'

export type SubmissionErrorCode = keyof SubmissionStrings['errors']

/** What the visitor typed, exactly, so the form can be shown again with it. */
export type SubmissionValues = {
  name: string
  organisation: string
  email: string
  title: string
  city: string
  country: string
  themes: string[]
  summary: string
  challenge: string
  solution: string
  results: string
  emissionsReduced: string
  consent: boolean
}

/** The one error shape: the error summary and each field's message are both read from it. */
export type SubmissionErrors = Partial<Record<SubmissionField, SubmissionErrorCode>>

export const emptySubmissionValues: SubmissionValues = {
  name: '',
  organisation: '',
  email: '',
  title: '',
  city: '',
  country: '',
  themes: [],
  summary: '',
  challenge: '',
  solution: '',
  results: '',
  emissionsReduced: '',
  consent: false,
}

export const LIMITS = { name: 120, organisation: 200, email: 254, title: 200, city: 120, summary: 600, story: 5000 } as const
