import type { Payload } from 'payload'

import type { AccountValues, ProfileField } from './formState'
import type { MemberErrorCode } from './formState'
import { readPrivacyValues, readProfileValues, validateProfile } from './profileForm'

export type UpdateProfileOutcome = { status: 'saved' } | { status: 'invalid'; errors: Partial<Record<ProfileField, MemberErrorCode>>; values: AccountValues }

export function readAccountValues(form: FormData): AccountValues {
  return { ...readProfileValues(form), privacy: readPrivacyValues(form) }
}

/** Saves the account form: her profile, what other members may see of it, and her email language. */
export async function updateMemberProfile(payload: Payload, memberId: number, form: FormData): Promise<UpdateProfileOutcome> {
  const values = readAccountValues(form)
  const profile = await validateProfile(payload, values)
  if (!profile.ok) return { status: 'invalid', errors: profile.errors, values }
  await payload.update({ collection: 'members', id: memberId, data: { ...profile.data, privacy: values.privacy }, overrideAccess: true, depth: 0 })
  return { status: 'saved' }
}
