import type { PayloadRequest } from 'payload'

import type { FundingAction } from '@/payload-types'
import { knownTimeZones } from './dates'

/** An existing action as its latest version reads (a pending draft if there is one), every locale at once. */
export type ExistingAction = Omit<FundingAction, 'title' | 'summary'> & {
  title: Record<string, string | null | undefined> | string
  summary: Record<string, string | null | undefined> | string
}

/** What the file's values are checked against: the database as it is before the import. */
export type ImportReferences = {
  countries: Map<string, number>
  themes: Map<string, number>
  /** Organisations by lower-cased name (in any language) and acronym; several ids = ambiguous. */
  organisations: Map<string, number[]>
  timeZones: Set<string>
  existing: Map<string, ExistingAction>
}

export const organisationKey = (name: string) => name.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase()

const localizedValues = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).filter((text): text is string => typeof text === 'string') : []

/** Reads everything the validation needs, one query per collection, in the request's transaction. */
export async function loadReferences(req: PayloadRequest, externalIds: string[]): Promise<ImportReferences> {
  const { payload } = req
  const common = { req, depth: 0, pagination: false, overrideAccess: true } as const
  const countries = await payload.find({ ...common, collection: 'countries', select: { code: true } })
  const themes = await payload.find({ ...common, collection: 'themes', select: { slug: true } })
  const organisations = await payload.find({ ...common, collection: 'organisations', locale: 'all', select: { name: true, acronym: true } })
  const existing = externalIds.length
    ? await payload.find({ ...common, collection: 'funding-actions', draft: true, locale: 'all', where: { externalId: { in: externalIds } } })
    : { docs: [] }

  const byName = new Map<string, number[]>()
  for (const organisation of organisations.docs) {
    const names = new Set([...localizedValues(organisation.name), organisation.acronym ?? ''].filter(Boolean).map(organisationKey))
    for (const name of names) byName.set(name, [...(byName.get(name) ?? []), organisation.id])
  }
  return {
    countries: new Map(countries.docs.map((country) => [country.code, country.id])),
    themes: new Map(themes.docs.map((theme) => [theme.slug, theme.id])),
    organisations: byName,
    timeZones: knownTimeZones(),
    existing: new Map(
      (existing.docs as unknown as ExistingAction[]).filter((doc) => doc.externalId).map((doc) => [doc.externalId as string, doc]),
    ),
  }
}

/** Which of these slugs other actions already use (a new action must take a free one). */
export async function takenSlugs(req: PayloadRequest, candidates: string[]): Promise<Set<string>> {
  if (!candidates.length) return new Set()
  const { docs } = await req.payload.find({
    collection: 'funding-actions',
    where: { slug: { in: candidates } },
    select: { slug: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return new Set(docs.map((doc) => doc.slug))
}
