import type { PayloadRequest } from 'payload'

import { serverMessage } from '@/i18n/serverMessages'
import type { Practice, User } from '@/payload-types'

const idOf = (value: unknown) => (typeof value === 'object' && value !== null ? (value as { id: number }).id : (value as number | null | undefined))

/** Organisation names compared as people write them: case, accents, punctuation and spacing aside. */
export const sameOrganisation = (a?: string | null, b?: string | null) => {
  const normal = (value: string) =>
    value
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
  return Boolean(a && b && normal(a) && normal(a) === normal(b))
}

/**
 * Why an evaluator may not evaluate a practice, or null: she works in the practice's lead city, or
 * for its lead organisation. (A conflict she declares herself is recorded on her evaluation.)
 */
export function conflictOfInterest(
  evaluator: Pick<User, 'city' | 'organisation'>,
  practice: Pick<Practice, 'leadCity' | 'leadOrganisation'>,
  req: Pick<PayloadRequest, 'i18n'>,
): string | null {
  const city = idOf(evaluator.city)
  if (city != null && city === idOf(practice.leadCity)) return serverMessage(req, 'evaluationConflictSameCity')
  if (sameOrganisation(evaluator.organisation, practice.leadOrganisation)) return serverMessage(req, 'evaluationConflictSameOrganisation')
  return null
}
