import { APIError, type PayloadRequest, type RequiredDataFromCollectionSlug } from 'payload'

import { toSlug } from '@/fields/slug'
import { changedTranslations, englishUnchanged } from './compare'
import { organisationKey, type ImportReferences, takenSlugs } from './references'
import type { ProviderRef } from './schema'
import type { RowIntent } from './toData'

export type RowOutcome = 'created' | 'updated' | 'unchanged'
export type WrittenRow = { row: number; externalId: string; id: number; slug: string; outcome: RowOutcome }
export type PlannedRow = { row: number; intent: RowIntent }
// The validation made sure a new row has every field an action needs.
type NewAction = RequiredDataFromCollectionSlug<'funding-actions'>

/** Which row failed to save, and why: the import stops there and nothing stays written. */
export class RowWriteError extends Error {
  constructor(
    readonly row: number,
    /** What the editor may read (a validation message), or null for a failure only the log explains. */
    readonly reason: string | null,
    readonly cause: unknown,
  ) {
    super(`Row ${row}: ${reason ?? (cause instanceof Error ? cause.message : String(cause))}`)
  }
}

/** Payload's validation messages name the field; a database error's text is for the log only. */
const readableReason = (error: unknown) => (error instanceof APIError && error.status < 500 ? error.message : null)

// Revalidation happens once, after the whole import is committed.
const quiet = { disableRevalidate: true }

/** Free slugs for the new actions: the title's, else the title's with the external id, else numbered. */
async function slugsForNew(req: PayloadRequest, rows: PlannedRow[], references: ImportReferences): Promise<Map<string, string>> {
  const fresh = rows.filter(({ intent }) => !references.existing.has(intent.externalId))
  const candidates = fresh.flatMap(({ intent }) => [toSlug(intent.data.title ?? ''), toSlug(`${intent.data.title} ${intent.externalId}`)])
  const taken = await takenSlugs(req, candidates)
  const slugs = new Map<string, string>()
  for (const { intent } of fresh) {
    const [plain, qualified] = [toSlug(intent.data.title ?? ''), toSlug(`${intent.data.title} ${intent.externalId}`)]
    let slug = [plain, qualified].find((candidate) => candidate && !taken.has(candidate)) ?? qualified.slice(0, 74)
    for (let counter = 2; taken.has(slug); counter += 1) slug = `${qualified.slice(0, 74)}-${counter}`
    taken.add(slug)
    slugs.set(intent.externalId, slug)
  }
  return slugs
}

/** The name's slug, numbered when another organisation already has it. */
async function freeOrganisationSlug(req: PayloadRequest, name: string): Promise<string> {
  const base = toSlug(name).slice(0, 74) || 'organisation'
  const { docs } = await req.payload.find({
    collection: 'organisations',
    where: { slug: { like: base } },
    select: { slug: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const taken = new Set(docs.map((doc) => doc.slug))
  let slug = base
  for (let counter = 2; taken.has(slug); counter += 1) slug = `${base}-${counter}`
  return slug
}

/**
 * Writes every row, one after another in the request's transaction (the caller commits or rolls
 * back): providers first (creating those that do not exist yet, once each), then the action in
 * English, then its other languages. Rows the database already matches are left untouched.
 */
export async function writeRows(req: PayloadRequest, rows: PlannedRow[], references: ImportReferences) {
  const { payload, user } = req
  const common = { req, user, overrideAccess: false, depth: 0, context: quiet } as const
  const createdOrganisations = new Map<string, number>()
  const slugs = await slugsForNew(req, rows, references)
  const written: WrittenRow[] = []

  async function providerIds(refs: ProviderRef[] | undefined, intent: RowIntent): Promise<number[] | undefined> {
    if (refs === undefined) return undefined
    const ids: number[] = []
    for (const ref of refs) {
      if ('id' in ref) {
        ids.push(ref.id)
        continue
      }
      const key = organisationKey(ref.create)
      if (!createdOrganisations.has(key)) {
        const country = typeof intent.data.providerCountry === 'number' ? intent.data.providerCountry : undefined
        const slug = await freeOrganisationSlug(req, ref.create)
        const organisation = await payload.create({ ...common, collection: 'organisations', locale: 'en', data: { name: ref.create, slug, type: intent.newProviderType, country } })
        createdOrganisations.set(key, organisation.id)
      }
      ids.push(createdOrganisations.get(key) as number)
    }
    return ids
  }

  for (const { row, intent } of rows) {
    try {
      const existing = references.existing.get(intent.externalId)
      const providers = await providerIds(intent.providers, intent)
      const publish = intent.publish ?? existing?._status === 'published'
      const state = publish ? { draft: false, status: 'published' as const } : { draft: true, status: 'draft' as const }
      const data = { ...intent.data, ...(providers === undefined ? {} : { providers }) }
      const translations = changedTranslations(existing, intent)
      const sameEnglish = existing !== undefined && englishUnchanged(existing, intent, providers, publish)
      if (existing && sameEnglish && translations.length === 0) {
        written.push({ row, externalId: intent.externalId, id: existing.id, slug: existing.slug, outcome: 'unchanged' })
        continue
      }
      // Writes are slow (every version table is written): only what changed is written.
      const { id, slug } = existing
        ? sameEnglish
          ? existing
          : await payload.update({ ...common, collection: 'funding-actions', id: existing.id, locale: 'en', draft: state.draft, data: { ...data, slug: existing.slug, _status: state.status } })
        : await payload.create({ ...common, collection: 'funding-actions', locale: 'en', draft: state.draft, data: { ...data, slug: slugs.get(intent.externalId), _status: state.status } as NewAction })
      for (const { locale, title, summary } of translations) {
        await payload.update({ ...common, collection: 'funding-actions', id, locale, draft: state.draft, data: { title, summary, _status: state.status } })
      }
      written.push({ row, externalId: intent.externalId, id, slug, outcome: existing ? 'updated' : 'created' })
    } catch (error) {
      throw new RowWriteError(row, readableReason(error), error)
    }
  }
  return { written, organisationsCreated: createdOrganisations.size }
}
