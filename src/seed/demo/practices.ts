import type { Payload, RequiredDataFromCollectionSlug } from 'payload'

import { paragraphs } from '../richText'
import { demoPracticesA } from './practices-a'
import { demoPracticesB } from './practices-b'
import type { DemoPractice, DemoTranslationLocale } from './practiceTypes'

export const demoPractices: DemoPractice[] = [...demoPracticesA, ...demoPracticesB]

const context = { disableRevalidate: true }
// Nothing is read back but ids, so no relationship is populated.
const write = { context, overrideAccess: true, depth: 0 } as const
const DAY_MS = 24 * 60 * 60 * 1000
const translationLocales: DemoTranslationLocale[] = ['fr', 'es', 'pt']

type Slugged = 'themes' | 'cities'

async function idsBySlug(payload: Payload, collection: Slugged, slugs: string[]): Promise<Map<string, number>> {
  const found = await payload.find({
    collection,
    where: { slug: { in: [...new Set(slugs)] } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { slug: true },
  })
  const ids = new Map(found.docs.map((doc) => [doc.slug, doc.id]))
  const missing = [...new Set(slugs)].filter((slug) => !ids.has(slug))
  if (missing.length) {
    throw new Error(`Demo practices need ${collection} that are not seeded: ${missing.join(', ')}. Run the reference seed first.`)
  }
  return ids
}

const story = (text: string[] | undefined) => (text?.length ? paragraphs(...text) : undefined)

function englishData(
  practice: DemoPractice,
  cities: Map<string, number>,
  themes: Map<string, number>,
  now: number,
): RequiredDataFromCollectionSlug<'practices'> {
  const { impact } = practice
  return {
    title: practice.title,
    slug: practice.slug,
    summary: practice.summary,
    challenge: story(practice.challenge),
    objectives: story(practice.objectives),
    solution: story(practice.solution),
    implementation: {
      steps: practice.steps,
      timeline: practice.timeline,
      stakeholders: practice.stakeholders,
    },
    results: story(practice.results),
    successFactors: story(practice.successFactors),
    limitingFactors: story(practice.limitingFactors),
    replication: { ...practice.replication, guidance: story(practice.replication.guidance) },
    leadCity: cities.get(practice.leadCity),
    otherLocations: (practice.otherLocations ?? []).map((slug) => cities.get(slug) as number),
    themes: practice.themes.map((slug) => themes.get(slug) as number),
    scale: practice.scale,
    implementationStatus: practice.implementationStatus,
    startYear: practice.startYear,
    endYear: practice.endYear,
    impact,
    budget: practice.budget,
    sourceLinks: practice.sourceLinks ?? [],
    partners: practice.partners ?? [],
    contacts: [practice.contact],
    lookingForPartners: practice.lookingForPartners ?? false,
    featured: practice.featured ?? false,
    isDemo: true,
    submission: { origin: 'editorial' },
    publishedAt: new Date(now - practice.publishedDaysAgo * DAY_MS).toISOString(),
    workflowStatus: 'approved' as const,
    _status: 'published' as const,
  }
}

type Row = { id?: string | null }

/** The rows of a created array, each with its id so a translation writes into the same row. */
const rowIds = (rows: Row[] | null | undefined) => (rows ?? []).map((row) => row.id ?? undefined)

async function createPractice(payload: Payload, practice: DemoPractice, data: RequiredDataFromCollectionSlug<'practices'>): Promise<number> {
  const created = await payload.create({ collection: 'practices', locale: 'en', ...write, data })
  const stepIds = rowIds(created.implementation?.steps)
  const sourceIds = rowIds(created.sourceLinks)
  for (const locale of translationLocales) {
    const text = practice.translations[locale]
    // Array rows are shared by every language: each translation is written into the same rows (same
    // ids), or it would replace them. Step titles and source labels are required, so an untranslated
    // one is stored in English; other untranslated fields fall back to English when read.
    await payload.update({
      collection: 'practices',
      id: created.id,
      locale,
      ...write,
      data: {
        title: text.title,
        summary: text.summary,
        ...(text.challenge ? { challenge: story(text.challenge) } : {}),
        ...(text.solution ? { solution: story(text.solution) } : {}),
        ...(text.results ? { results: story(text.results) } : {}),
        implementation: {
          steps: practice.steps.map((step, i) => ({ id: stepIds[i], title: text.steps?.[i] ?? step.title })),
        },
        sourceLinks: (practice.sourceLinks ?? []).map((link, i) => ({ id: sourceIds[i], url: link.url, label: text.sourceLabels?.[i] ?? link.label })),
        _status: 'published',
      },
    })
  }
  return created.id
}

/**
 * The published demo practices (parts A and B), in English with French, Spanish and Portuguese
 * translations, marked as demo content. Slugs that already exist are left alone, so running it
 * again creates nothing; a replication link whose practice was missing is filled in later runs.
 */
export async function seedDemoPractices(payload: Payload): Promise<void> {
  const now = Date.now()
  const themes = await idsBySlug(payload, 'themes', demoPractices.flatMap((p) => p.themes))
  const cities = await idsBySlug(payload, 'cities', demoPractices.flatMap((p) => [p.leadCity, ...(p.otherLocations ?? [])]))

  const existing = await payload.find({
    collection: 'practices',
    where: { slug: { in: demoPractices.map((p) => p.slug) } },
    pagination: false,
    depth: 0,
    draft: true,
    overrideAccess: true,
    select: { slug: true, replicates: true },
  })
  const ids = new Map(existing.docs.map((doc) => [doc.slug, doc.id]))
  const linked = new Set(existing.docs.filter((doc) => doc.replicates).map((doc) => doc.slug))

  for (const practice of demoPractices) {
    if (ids.has(practice.slug)) continue
    const data = englishData(practice, cities, themes, now)
    const original = practice.replicates && ids.get(practice.replicates.slug)
    if (original) {
      data.replicates = original
      data.replicationKind = practice.replicates?.kind
      linked.add(practice.slug)
    }
    ids.set(practice.slug, await createPractice(payload, practice, data))
  }

  // Second pass: the practice a demo practice replicates may come later in the list (or from part B).
  for (const practice of demoPractices) {
    const id = ids.get(practice.slug)
    const target = practice.replicates && ids.get(practice.replicates.slug)
    if (!id || !target || !practice.replicates || linked.has(practice.slug)) continue
    await payload.update({
      collection: 'practices',
      id,
      locale: 'en',
      ...write,
      data: { replicates: target, replicationKind: practice.replicates.kind, _status: 'published' },
    })
  }
}
