import type { Payload, PayloadRequest } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { Member } from '@/payload-types'
import { type CommunityRules, communityRules } from '../settings'
import { Refusal } from './refusal'
import { assertNotSanctioned, lockMember } from './rules'
import { inTransaction } from './transaction'
import type { PostingOptions, PostingResult } from './types'

export type MemberAction = { req: PayloadRequest; member: Member; rules: CommunityRules; now: Date; locale: Locale }

/**
 * Runs one action of a signed-in member in a transaction, her account row locked (so her parallel
 * submissions take turns), after the sanction checks. A `Refusal` rolls everything back and becomes
 * the localized answer: nothing is written.
 */
export async function asMember(payload: Payload, memberId: number | null | undefined, options: PostingOptions, work: (action: MemberAction) => Promise<PostingResult>): Promise<PostingResult> {
  const now = options.now ?? new Date()
  let locale: Locale = options.locale ?? 'en'
  if (!memberId) return new Refusal('signedOut').toResult(locale)
  try {
    return await inTransaction(payload, async (req) => {
      const member = await lockMember(payload, memberId, req)
      if (!member) throw new Refusal('signedOut')
      locale = options.locale ?? member.locale
      assertNotSanctioned(member, now, locale)
      return work({ req, member, rules: await communityRules(payload, req), now, locale })
    })
  } catch (error) {
    if (error instanceof Refusal) return error.toResult(locale)
    throw error
  }
}

export { optionalRelationId as idOf } from '@/lib/relationId'
