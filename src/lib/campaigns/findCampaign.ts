import type { Payload } from 'payload'

import { defaultLocale, type Locale } from '@/i18n/locales'
import type { Campaign, Media } from '@/payload-types'
import type { CampaignFallback, CampaignLayout } from './types'

/** A campaign as read from the database, its data blocks not yet resolved. */
export type CampaignRecord = {
  id: number
  slug: string
  title: string
  summary: string | null
  layout: CampaignLayout
  fallbackOf: CampaignFallback
  meta: { title: string; description: string | null; image: Media | null; noIndex: boolean }
  heroImage: Media | null
  utm: { source: string; medium: string; campaign: string }
  startsAt: string | null
  endsAt: string | null
  updatedAt: string
}

const isMedia = (value: unknown): value is Media => typeof value === 'object' && value !== null && 'url' in value

const blank = (value: unknown) => typeof value !== 'string' || value.trim() === ''

function heroImageOf(layout: CampaignLayout): Media | null {
  const hero = layout.find((block) => block.blockType === 'hero')
  return hero && isMedia(hero.image) ? hero.image : null
}

function toRecord(doc: Campaign, own: Pick<Campaign, 'title' | 'summary' | 'layout'> | null, locale: Locale): CampaignRecord {
  const layout = doc.layout ?? []
  const translated = locale === defaultLocale || !own
  const fallbackOf: CampaignFallback = {
    layout: !translated && (own.layout ?? []).length === 0 && layout.length > 0,
    title: !translated && blank(own.title),
    summary: !translated && blank(own.summary) && !blank(doc.summary),
  }
  const image = doc.meta?.image
  return {
    id: doc.id,
    slug: doc.slug,
    title: doc.title,
    summary: doc.summary ?? null,
    layout,
    fallbackOf,
    meta: {
      title: doc.meta?.title || doc.title,
      description: doc.meta?.description || doc.summary || null,
      image: isMedia(image) ? image : null,
      noIndex: Boolean(doc.meta?.noIndex),
    },
    heroImage: heroImageOf(layout),
    utm: { source: doc.utm?.source || 'gkec', medium: doc.utm?.medium || 'campaign', campaign: doc.utm?.campaign || doc.slug },
    startsAt: doc.startsAt ?? null,
    endsAt: doc.endsAt ?? null,
    updatedAt: doc.updatedAt,
  }
}

/**
 * One campaign in one language, with English where the language has nothing of its own (and which
 * parts those are, read a second time without fallback). Public reads go through access control
 * (published, not ended); `draft` (staff preview) reads the latest draft with access overridden.
 * Relationships inside blocks come back populated only for media; the data blocks re-read their
 * practices, actions and editions as the public reads them.
 */
export async function findCampaign(payload: Payload, slug: string, locale: Locale, draft = false): Promise<CampaignRecord | null> {
  const common = {
    collection: 'campaigns',
    where: { slug: { equals: slug } },
    locale,
    limit: 1,
    draft,
    overrideAccess: draft,
    pagination: false,
  } as const
  const { docs } = await payload.find({
    ...common,
    depth: 1,
    populate: { practices: { slug: true }, 'funding-actions': { slug: true }, 'event-editions': { slug: true }, themes: { slug: true } },
  })
  const doc = docs[0]
  if (!doc) return null
  const own =
    locale === defaultLocale
      ? null
      : ((await payload.find({ ...common, depth: 0, fallbackLocale: false, select: { title: true, summary: true, layout: true } })).docs[0] ?? null)
  return toRecord(doc, own, locale)
}
