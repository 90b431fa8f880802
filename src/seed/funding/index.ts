import type { Payload, RequiredDataFromCollectionSlug } from 'payload'

import type { Locale } from '@/i18n/locales'
import { inboundFundActions } from './actions-inbound-funds'
import { inboundNetworkActions } from './actions-inbound-networks'
import { outboundEuropeanActions } from './actions-outbound-eu'
import { outboundNationalActions } from './actions-outbound-national'
import { worldwideActions } from './actions-both'
import { seedOrganisations } from './organisations'
import { demoPracticeFundingLinks, type PracticeFundingLink } from './practiceLinks'
import { eligibleCountryIds, type SeedReferences, seedReferences } from './references'
import type { SeedAction, SeedOrganisation, Text } from './types'

/** The real instruments seeded as demo data: European support abroad, opportunities for European cities, and both. */
export const seedFundingActions: SeedAction[] = [
  ...outboundEuropeanActions,
  ...outboundNationalActions,
  ...inboundFundActions,
  ...inboundNetworkActions,
  ...worldwideActions,
]

export { seedOrganisations, demoPracticeFundingLinks }

const context = { disableRevalidate: true }
// Nothing is read back but ids, so no relationship is populated.
const write = { context, overrideAccess: true, depth: 0 } as const
const translations: Array<Exclude<Locale, 'en'>> = ['fr', 'es', 'pt']

const inLocale = (text: string | Text, locale: Locale) => (typeof text === 'string' ? text : text[locale])

/** Creates the organisations whose slug is not taken yet; returns the ids of all of them, by slug. */
async function seedProviders(payload: Payload, references: SeedReferences): Promise<{ ids: Map<string, number>; created: number }> {
  const existing = await payload.find({
    collection: 'organisations',
    where: { slug: { in: seedOrganisations.map((organisation) => organisation.slug) } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { slug: true },
  })
  const ids = new Map(existing.docs.map((doc) => [doc.slug, doc.id]))
  let created = 0
  for (const organisation of seedOrganisations) {
    if (ids.has(organisation.slug)) continue
    ids.set(organisation.slug, await createOrganisation(payload, organisation, references))
    created++
  }
  return { ids, created }
}

async function createOrganisation(payload: Payload, organisation: SeedOrganisation, references: SeedReferences): Promise<number> {
  const doc = await payload.create({
    collection: 'organisations',
    locale: 'en',
    ...write,
    data: {
      name: inLocale(organisation.name, 'en'),
      slug: organisation.slug,
      acronym: organisation.acronym,
      type: organisation.type,
      country: organisation.country ? references.countries.get(organisation.country) : undefined,
      website: organisation.website,
      isDemo: true,
    },
  })
  if (typeof organisation.name !== 'string') {
    for (const locale of translations) {
      await payload.update({ collection: 'organisations', id: doc.id, locale, ...write, data: { name: organisation.name[locale] } })
    }
  }
  return doc.id
}

function englishData(action: SeedAction, references: SeedReferences, providers: Map<string, number>): RequiredDataFromCollectionSlug<'funding-actions'> {
  const { eligibility } = action
  return {
    title: action.title.en,
    summary: action.summary.en,
    slug: action.slug,
    externalId: action.externalId,
    level: action.level,
    direction: action.direction,
    instruments: action.instruments,
    providers: action.providers.map((slug) => providers.get(slug) as number),
    providerCountry: action.providerCountry ? references.countries.get(action.providerCountry) : undefined,
    themes: action.themes.map((slug) => references.themes.get(slug) as number),
    eligibility: {
      countries: eligibleCountryIds(action, references),
      regions: eligibility.regions ?? [],
      countryScope: eligibility.countryScope,
      applicantTypes: eligibility.applicantTypes ?? [],
      minPopulation: eligibility.minPopulation,
      notes: eligibility.notes?.en,
    },
    dates: { rolling: action.rolling ?? false },
    apply: { url: action.url },
    source: { label: action.sourceLabel, url: action.url },
    // Seeded from what we know of each programme: shown as demo data until an editor checks it.
    lastVerifiedAt: null,
    isDemo: true,
    _status: 'published',
  }
}

async function createAction(payload: Payload, action: SeedAction, references: SeedReferences, providers: Map<string, number>): Promise<number> {
  const doc = await payload.create({ collection: 'funding-actions', locale: 'en', ...write, data: englishData(action, references, providers) })
  for (const locale of translations) {
    await payload.update({
      collection: 'funding-actions',
      id: doc.id,
      locale,
      ...write,
      data: {
        title: action.title[locale],
        summary: action.summary[locale],
        ...(action.eligibility.notes ? { eligibility: { notes: action.eligibility.notes[locale] } } : {}),
        _status: 'published',
      },
    })
  }
  return doc.id
}

/** The ids of the funding actions with these external ids, drafts included. */
async function actionIds(payload: Payload, externalIds: string[]): Promise<Map<string, number>> {
  const existing = await payload.find({
    collection: 'funding-actions',
    where: { externalId: { in: externalIds } },
    pagination: false,
    depth: 0,
    draft: true,
    overrideAccess: true,
    select: { externalId: true },
  })
  return new Map(existing.docs.map((doc) => [String(doc.externalId), doc.id]))
}

/**
 * Adds each link's action to its practice's `budget.fundingActions`, where both exist and the link
 * is not there yet; returns how many were added.
 */
export async function linkFinancedPractices(payload: Payload, links: PracticeFundingLink[]): Promise<number> {
  const actions = await actionIds(payload, links.map((link) => link.action))
  const practices = await payload.find({
    collection: 'practices',
    where: { slug: { in: links.map((link) => link.practice) } },
    pagination: false,
    depth: 0,
    draft: true,
    overrideAccess: true,
    select: { slug: true, budget: true },
  })
  let added = 0
  for (const practice of practices.docs) {
    const current = (practice.budget?.fundingActions ?? []).map((entry) => (typeof entry === 'number' ? entry : entry.id))
    const wanted = links
      .filter((link) => link.practice === practice.slug)
      .map((link) => actions.get(link.action))
      .filter((id): id is number => id != null && !current.includes(id))
    if (!wanted.length) continue
    await payload.update({
      collection: 'practices',
      id: practice.id,
      locale: 'en',
      ...write,
      data: { budget: { fundingActions: [...current, ...wanted] }, _status: 'published' },
    })
    added += wanted.length
  }
  return added
}

export type FundingSeedResult = { organisations: number; actions: number; links: number }

/**
 * The real advising and funding instruments, with their provider organisations, published and
 * marked as demo data needing verification (no budgets, rates or deadlines), and the demo practices
 * they financed. Existing organisations (by slug) and actions (by external id) are left as they are,
 * so running it again creates nothing and editors' corrections are kept. Needs the reference data.
 */
export async function seedDemoFunding(payload: Payload): Promise<FundingSeedResult> {
  const references = await seedReferences(payload, seedFundingActions, seedOrganisations)
  const providers = await seedProviders(payload, references)
  const existing = await actionIds(payload, seedFundingActions.map((action) => action.externalId))
  let actions = 0
  for (const action of seedFundingActions) {
    if (existing.has(action.externalId)) continue
    await createAction(payload, action, references, providers.ids)
    actions++
  }
  const links = await linkFinancedPractices(payload, demoPracticeFundingLinks)
  return { organisations: providers.created, actions, links }
}
