import type { Payload } from 'payload'
import { z } from 'zod'

import { localeCodes } from '@/i18n/locales'
import { MEMBER_LANGUAGES, MEMBER_ROLES } from '@/lib/community/options'
import type { Member } from '@/payload-types'
import { type MemberErrorCode, PASSWORD_MAX, PASSWORD_MIN, PRIVACY_KEYS, type PrivacyValues, type ProfileField, type ProfileValues } from './formState'

const text = (form: FormData, name: string, max = 5000): string => {
  const value = form.get(name)
  return typeof value === 'string' ? value.slice(0, max) : ''
}
const list = (form: FormData, name: string): string[] =>
  form
    .getAll(name)
    .filter((value): value is string => typeof value === 'string')
    .slice(0, 50)

export const formText = text

/** Reads the profile part of a posted form; anything missing or of the wrong kind reads as empty. */
export function readProfileValues(form: FormData): ProfileValues {
  return {
    name: text(form, 'name', 1000),
    organisation: text(form, 'organisation', 1000),
    role: text(form, 'role', 100),
    country: text(form, 'country', 10),
    city: text(form, 'city', 20),
    languages: list(form, 'languages'),
    themes: list(form, 'themes'),
    bio: text(form, 'bio', 5000),
    locale: text(form, 'locale', 10),
  }
}

export const readPrivacyValues = (form: FormData): PrivacyValues =>
  Object.fromEntries(PRIVACY_KEYS.map((key) => [key, form.get(`privacy.${key}`) === 'yes'])) as PrivacyValues

const code = (error: MemberErrorCode) => ({ error })
const optional = (max: number, error: MemberErrorCode) => z.string().trim().max(max, code(error))

export const emailSchema = z
  .string()
  .trim()
  .min(1, code('emailRequired'))
  .max(254, code('emailInvalid'))
  .pipe(z.email(code('emailInvalid')))
  .transform((email) => email.toLowerCase())

export const newPasswordSchema = z.string().min(1, code('passwordRequired')).min(PASSWORD_MIN, code('passwordTooShort')).max(PASSWORD_MAX, code('passwordTooLong'))

const profileSchema = z.object({
  name: z.string().trim().min(1, code('nameRequired')).max(120, code('nameTooLong')),
  organisation: optional(200, 'organisationTooLong'),
  role: z.union([z.literal(''), z.enum(Object.keys(MEMBER_ROLES) as [keyof typeof MEMBER_ROLES], code('roleInvalid'))], code('roleInvalid')),
  country: z.string().regex(/^([A-Z]{2})?$/, code('countryInvalid')),
  city: z.string().regex(/^(\d{1,9})?$/, code('cityInvalid')),
  languages: z.array(z.enum(Object.keys(MEMBER_LANGUAGES) as [keyof typeof MEMBER_LANGUAGES], code('languagesInvalid'))).max(21, code('languagesInvalid')),
  themes: z.array(z.string().regex(/^\d{1,9}$/, code('themesInvalid'))).max(20, code('themesInvalid')),
  bio: optional(600, 'bioTooLong'),
  locale: z.enum(localeCodes as [string, ...string[]], code('localeInvalid')),
})

export type ProfileErrors = Partial<Record<ProfileField, MemberErrorCode>>

/** What a valid profile writes into the member (relations as ids). */
export type ProfileData = Pick<Member, 'name' | 'organisation' | 'role' | 'languages' | 'bio' | 'locale'> & {
  country: number | null
  city: number | null
  themes: number[]
}

/** Keeps the first problem of each field, named by its message key. */
export function issuesToErrors<F extends string>(issues: z.core.$ZodIssue[], fields: readonly F[]): Partial<Record<F, MemberErrorCode>> {
  const errors: Partial<Record<F, MemberErrorCode>> = {}
  for (const issue of issues) {
    const field = issue.path[0] as F
    if (fields.includes(field) && !errors[field]) errors[field] = issue.message as MemberErrorCode
  }
  return errors
}

const PROFILE_KEYS: ProfileField[] = ['name', 'organisation', 'role', 'country', 'city', 'languages', 'themes', 'bio', 'locale']

/**
 * Validates a profile on the server: its shape, then that the country exists, that the city is one of
 * that country's cities, and that every theme exists.
 */
export async function validateProfile(payload: Payload, values: ProfileValues): Promise<{ ok: true; data: ProfileData } | { ok: false; errors: ProfileErrors }> {
  const parsed = profileSchema.safeParse(values)
  if (!parsed.success) return { ok: false, errors: issuesToErrors(parsed.error.issues, PROFILE_KEYS) }
  const input = parsed.data
  const errors: ProfileErrors = {}
  let country: number | null = null
  if (input.country) {
    const found = await payload.find({ collection: 'countries', where: { code: { equals: input.country } }, limit: 1, depth: 0, select: { code: true } })
    country = found.docs[0]?.id ?? null
    if (country === null) errors.country = 'countryInvalid'
  }
  let city: number | null = null
  if (input.city) {
    const found = country
      ? await payload.find({ collection: 'cities', where: { and: [{ id: { equals: Number(input.city) } }, { country: { equals: country } }] }, limit: 1, depth: 0, select: { slug: true } })
      : null
    city = found?.docs[0]?.id ?? null
    if (city === null) errors.city = 'cityInvalid'
  }
  const themeIds = [...new Set(input.themes.map(Number))]
  if (themeIds.length > 0) {
    const found = await payload.find({ collection: 'themes', where: { id: { in: themeIds } }, limit: themeIds.length, depth: 0, select: { slug: true } })
    if (found.docs.length !== themeIds.length) errors.themes = 'themesInvalid'
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors }
  return {
    ok: true,
    data: {
      name: input.name,
      organisation: input.organisation || null,
      role: input.role || null,
      country,
      city,
      languages: [...new Set(input.languages)],
      themes: themeIds,
      bio: input.bio || null,
      locale: input.locale as Member['locale'],
    },
  }
}
