import { z } from 'zod'

import { localeCodes } from '@/i18n/locales'
import { ATTENDANCE_MODES, REGISTRANT_ROLES } from '../options'

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'tooLong')
    .optional()
    .transform((value) => value || undefined)

/** What a registrant submits; error messages are keys the form translates. */
export const registrationInput = z.object({
  name: z.string().trim().min(1, 'required').max(120, 'tooLong'),
  email: z.string().trim().toLowerCase().min(1, 'required').pipe(z.email('invalidEmail')).pipe(z.string().max(254, 'tooLong')),
  organisation: optionalText(200),
  city: optionalText(120),
  country: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, 'invalidCountry').optional().or(z.literal('').transform(() => undefined)),
  role: z.enum(Object.keys(REGISTRANT_ROLES) as [string, ...string[]], { error: 'invalidChoice' }).optional(),
  attendanceMode: z.enum(Object.keys(ATTENDANCE_MODES) as ['in_person', 'online'], { error: 'chooseMode' }),
  accessibilityNeeds: optionalText(1000),
  dietaryNeeds: optionalText(500),
  privacyConsent: z.literal(true, { error: 'consentRequired' }),
  locale: z.enum(localeCodes as [string, ...string[]]).default('en'),
})

export type RegistrationInput = z.infer<typeof registrationInput>
