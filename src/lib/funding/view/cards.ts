import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { FundingAction, Organisation } from '@/payload-types'
import type { FundingMatch } from '../search/matchFunding'
import { isStale } from '../verification'
import { type ReasonContext, reasonsInWords } from './reasons'
import type { FundingCardView, FundingDatesView, OrganisationRef } from './types'

const isOrganisation = (value: unknown): value is Organisation => typeof value === 'object' && value !== null && 'name' in value

export const toOrganisationRef = (value: number | Organisation): OrganisationRef | null =>
  isOrganisation(value) ? { name: value.name, acronym: value.acronym ?? null, website: value.website ?? null } : null

export function toDatesView(dates: FundingAction['dates']): FundingDatesView {
  const rolling = Boolean(dates?.rolling)
  return {
    rolling,
    opensAt: dates?.opensAt ?? null,
    opensAtZone: dates?.opensAt_tz ?? null,
    closesAt: rolling ? null : (dates?.closesAt ?? null),
    closesAtZone: dates?.closesAt_tz ?? null,
  }
}

/** The fields a card needs, so lists never load a description. */
const cardSelect = {
  title: true,
  slug: true,
  summary: true,
  providers: true,
  direction: true,
  level: true,
  instruments: true,
  dates: true,
  lastVerifiedAt: true,
  isDemo: true,
  eligibility: { applicantTypes: true },
} as const

/**
 * Published actions as cards, in the order given, read through Payload with the public's access
 * (a match whose document the public may not read is left out). `asker` puts the reasons in words.
 */
export async function fundingCards(
  payload: Payload,
  matches: FundingMatch[],
  locale: Locale,
  asker: Omit<ReasonContext, 'applicantTypes'> | null,
  now: Date = new Date(),
): Promise<FundingCardView[]> {
  if (matches.length === 0) return []
  const { docs } = await payload.find({
    collection: 'funding-actions',
    where: { id: { in: matches.map((match) => match.actionId) } },
    locale,
    depth: 1,
    limit: matches.length,
    pagination: false,
    joins: false,
    overrideAccess: false,
    select: cardSelect,
    populate: { organisations: { name: true, acronym: true, website: true } },
  })
  const byId = new Map(docs.map((doc) => [doc.id, doc as FundingAction]))
  return matches.flatMap((match) => {
    const doc = byId.get(match.actionId)
    if (!doc) return []
    const context = asker ? { ...asker, applicantTypes: doc.eligibility?.applicantTypes ?? [] } : null
    return [
      {
        id: doc.id,
        slug: doc.slug,
        title: doc.title,
        summary: doc.summary,
        providers: (doc.providers ?? []).flatMap((provider) => toOrganisationRef(provider) ?? []),
        direction: doc.direction,
        level: doc.level,
        instruments: doc.instruments ?? [],
        status: match.status,
        dates: toDatesView(doc.dates),
        stale: isStale(doc.lastVerifiedAt, now),
        isDemo: Boolean(doc.isDemo),
        reasons: context ? reasonsInWords(match.reasons, context, locale) : [],
      },
    ]
  })
}
