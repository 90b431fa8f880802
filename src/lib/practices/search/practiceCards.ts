import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { defaultLocale, type Locale } from '@/i18n/locales'
import type { Statement } from '../database'
import { latestFinalResult } from './evaluationResult'
import { localizedName } from './localizedName'
import type { PracticeCard } from './types'

/** A card as the search statement returns it; the image is resolved through Payload afterwards. */
export type CardRow = Omit<PracticeCard, 'image' | 'emissionsReduced' | 'evaluation'> & {
  emissionsReduced: number | string | null
  evaluation: { percent: number | string; labelExpiresAt: string | null } | null
  imageId: number | null
}

/**
 * The cards of the practices in the CTE `page` (which carries the sort columns), as a JSON array in
 * `order`. Read from the live tables (the evaluation result too), and only for practices that are
 * public there too, so a card never shows what the public may not see even if the index were behind.
 */
export function cardsJson(locale: Locale, order: Statement): Statement {
  const text = (column: string) => sql.raw(`coalesce(nullif(btrim(pl.${column}), ''), pe.${column}, '')`)
  return sql`(SELECT coalesce(json_agg(json_build_object(
      'id', p.id,
      'slug', coalesce(p.slug, p.id::text),
      'title', ${text('title')},
      'summary', ${text('summary')},
      'city', CASE WHEN ci.id IS NULL THEN NULL ELSE json_build_object('slug', ci.slug, 'name', ${localizedName('cities', 'ci', locale)}) END,
      'country', CASE WHEN co.id IS NULL THEN NULL ELSE json_build_object('code', co.code, 'name', ${localizedName('countries', 'co', locale)}) END,
      'themes', (SELECT coalesce(json_agg(json_build_object('slug', t.slug, 'name', ${localizedName('themes', 't', locale)}) ORDER BY r."order"), '[]')
                 FROM practices_rels r JOIN themes t ON t.id = r.themes_id WHERE r.parent_id = p.id AND r.path = 'themes'),
      'emissionsReduced', p.impact_emissions_reduced,
      'verificationLevel', p.impact_verification_level,
      'implementationStatus', p.implementation_status,
      'startYear', p.start_year::int,
      'endYear', p.end_year::int,
      'evaluation', CASE WHEN result.overall_percent IS NULL THEN NULL
        ELSE json_build_object('percent', result.overall_percent, 'labelExpiresAt', result.label_expires_at) END,
      'imageId', (SELECT im.image_id FROM practices_images im WHERE im._parent_id = p.id AND im.image_id IS NOT NULL ORDER BY im._order LIMIT 1)
    ) ORDER BY ${order}), '[]')
    FROM page
    JOIN practices p ON p.id = page.practice_id AND p._status = 'published' AND p.workflow_status = 'published'
    LEFT JOIN practices_locales pl ON pl._parent_id = p.id AND pl._locale = ${locale}::_locales
    LEFT JOIN practices_locales pe ON pe._parent_id = p.id AND pe._locale = ${defaultLocale}::_locales
    LEFT JOIN cities ci ON ci.id = p.lead_city_id
    LEFT JOIN countries co ON co.id = ci.country_id
    LEFT JOIN ${latestFinalResult(sql`p.id`)} AS result ON TRUE)`
}

/** The cards with their images (first image of each practice, the card size when there is one). */
export async function toPracticeCards(payload: Payload, rows: CardRow[], locale: Locale): Promise<PracticeCard[]> {
  const imageIds = [...new Set(rows.flatMap((row) => (row.imageId ? [row.imageId] : [])))]
  const images = new Map<number, PracticeCard['image']>()
  if (imageIds.length) {
    const { docs } = await payload.find({
      collection: 'media',
      where: { id: { in: imageIds } },
      locale,
      depth: 0,
      limit: imageIds.length,
      pagination: false,
      overrideAccess: false,
      select: { alt: true, url: true, filename: true, width: true, height: true, sizes: true },
    })
    for (const media of docs) {
      const card = media.sizes?.card
      const image = card?.url
        ? { url: card.url, alt: media.alt, width: card.width, height: card.height }
        : media.url
          ? { url: media.url, alt: media.alt, width: media.width, height: media.height }
          : null
      images.set(media.id, image)
    }
  }
  return rows.map(({ imageId, emissionsReduced, evaluation, ...card }) => ({
    ...card,
    emissionsReduced: emissionsReduced == null ? null : Number(emissionsReduced),
    evaluation: evaluation && { percent: Number(evaluation.percent), labelExpiresAt: evaluation.labelExpiresAt },
    image: imageId ? (images.get(imageId) ?? null) : null,
  }))
}
