import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { Practice } from '@/payload-types'
import { findPublicPractices, toPracticeCard } from './practiceCards'
import type { PracticeView, ReplicationFamily, ReplicationMember } from './practiceView'

const toMember = (practice: Practice): ReplicationMember => ({ ...toPracticeCard(practice), kind: practice.replicates ? (practice.replicationKind ?? 'replicates') : null })

/**
 * The practice this one replicates or adapts, the practices that replicate or adapt it, and the
 * other practices that follow the same original: visible from every member, published ones only.
 */
export async function findReplicationFamily(payload: Payload, practice: Pick<PracticeView, 'id' | 'replicates'>, locale: Locale): Promise<ReplicationFamily> {
  const originalId = practice.replicates?.id ?? null
  const [originals, followers] = await Promise.all([
    originalId ? findPublicPractices(payload, { where: { id: { equals: originalId } }, locale, limit: 1 }) : Promise.resolve([]),
    findPublicPractices(payload, {
      where: {
        and: [
          { id: { not_equals: practice.id } },
          originalId ? { replicates: { in: [practice.id, originalId] } } : { replicates: { equals: practice.id } },
        ],
      },
      locale,
      limit: 50,
      sort: 'publishedAt',
    }),
  ])
  const original = originals[0] ? toMember(originals[0]) : null
  const replicatesOf = (member: Practice) => (typeof member.replicates === 'object' && member.replicates ? member.replicates.id : member.replicates)
  return {
    original,
    kind: original ? (practice.replicates?.kind ?? 'replicates') : null,
    replications: followers.filter((member) => replicatesOf(member) === practice.id).map(toMember),
    siblings: original ? followers.filter((member) => replicatesOf(member) === originalId).map(toMember) : [],
  }
}

export const familyIds = (family: ReplicationFamily): number[] =>
  [family.original, ...family.replications, ...family.siblings].flatMap((member) => (member ? [member.id] : []))
