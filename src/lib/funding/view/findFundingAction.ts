import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { isCountry } from '@/lib/geography/refs'
import { findPublicPractices, toPracticeCard } from '@/lib/practices/practiceCards'
import { isTheme } from '@/lib/practices/toPracticeView'
import type { FundingAction, Media, Organisation, User } from '@/payload-types'
import type { FundingActionView, PlaceRef, ProviderView } from './actionView'
import { toDatesView, toOrganisationRef } from './cards'

const isMedia = (value: unknown): value is Media => typeof value === 'object' && value !== null && 'url' in value

function toProvider(value: number | Organisation): ProviderView | null {
  const ref = toOrganisationRef(value)
  if (!ref || typeof value !== 'object') return null
  const logo = isMedia(value.logo) && value.logo.url && value.logo.mimeType?.startsWith('image/') ? value.logo : null
  return {
    ...ref,
    logo: logo?.url ? { url: logo.sizes?.thumbnail?.url ?? logo.url, alt: logo.alt ?? '', width: logo.width ?? null, height: logo.height ?? null } : null,
  }
}

const toPlace = (value: unknown): PlaceRef | null => (isCountry(value) ? { name: value.name, slug: value.slug } : null)

function toFundingActionView(doc: FundingAction, draft: boolean): Omit<FundingActionView, 'financedPractices'> {
  return {
    id: doc.id,
    slug: doc.slug,
    title: doc.title,
    summary: doc.summary,
    description: doc.description ?? null,
    providers: (doc.providers ?? []).flatMap((provider) => toProvider(provider) ?? []),
    providerCountry: toPlace(doc.providerCountry),
    level: doc.level,
    direction: doc.direction,
    instruments: doc.instruments ?? [],
    themes: (doc.themes ?? []).flatMap((theme) => (isTheme(theme) ? [{ name: theme.name, slug: theme.slug }] : [])),
    eligibility: {
      countries: (doc.eligibility?.countries ?? []).flatMap((country) => toPlace(country) ?? []),
      regions: doc.eligibility?.regions ?? [],
      countryScope: doc.eligibility?.countryScope ?? 'any',
      applicantTypes: doc.eligibility?.applicantTypes ?? [],
      minPopulation: doc.eligibility?.minPopulation ?? null,
      notes: doc.eligibility?.notes || null,
    },
    ticket: {
      min: doc.ticket?.min ?? null,
      max: doc.ticket?.max ?? null,
      currency: doc.ticket?.currency || null,
      isTotalBudget: Boolean(doc.ticket?.isTotalBudget),
      fundingRate: doc.ticket?.fundingRate ?? null,
      coFinancingRequired: Boolean(doc.ticket?.coFinancingRequired),
      consortiumRequired: Boolean(doc.ticket?.consortiumRequired),
    },
    dates: toDatesView(doc.dates),
    apply: { url: doc.apply?.url || null, contact: doc.apply?.contact || null },
    source: { label: doc.source?.label || null, url: doc.source?.url || null },
    lastVerifiedAt: doc.lastVerifiedAt ?? null,
    isDemo: Boolean(doc.isDemo),
    meta: { title: doc.meta?.title || null, description: doc.meta?.description || null, noIndex: Boolean(doc.meta?.noIndex) },
    draft,
  }
}

const isStaff = (user: User | null | undefined): user is User => Boolean(user && user.collection === 'users')

/**
 * One funding action for its page. The public gets it only when published (Payload's read access,
 * nothing bypassed); a member of staff in preview gets the latest draft with her own access. The
 * practices it financed are read as the public reads them, whoever asks.
 */
export async function findFundingAction(
  payload: Payload,
  slug: string,
  locale: Locale,
  reader: { user?: User | null; draft?: boolean } = {},
): Promise<FundingActionView | null> {
  const staff = isStaff(reader.user) ? reader.user : null
  const draft = Boolean(reader.draft && staff)
  const { docs } = await payload.find({
    collection: 'funding-actions',
    where: { slug: { equals: slug } },
    locale,
    depth: 2,
    limit: 1,
    pagination: false,
    joins: false,
    draft,
    overrideAccess: false,
    user: staff ?? undefined,
    populate: {
      organisations: { name: true, acronym: true, website: true, logo: true },
      countries: { name: true, slug: true, code: true },
      themes: { name: true, slug: true, kind: true },
    },
  })
  const doc = docs[0]
  if (!doc) return null
  const practices = await findPublicPractices(payload, { where: { 'budget.fundingActions': { in: [doc.id] } }, locale, limit: 24 })
  return { ...toFundingActionView(doc, draft), financedPractices: practices.map(toPracticeCard) }
}
