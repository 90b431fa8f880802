import { unstable_cache } from 'next/cache'
import type { Payload } from 'payload'

import { type Locale, locales } from '@/i18n/locales'
import { cacheTags } from '@/lib/cache/tags'
import { worldRegionCodes, worldRegionName } from '@/lib/geography/regions'
import { getPayloadClient } from '@/lib/payload'
import type { ThemeOption } from '@/lib/submissions/formOptions'

type Option = { value: string; label: string }

/** What a subscriber can choose: the site's languages (by their own names), the themes in editorial order, the world regions. */
export type InterestChoices = { languages: Option[]; themes: ThemeOption[]; regions: Option[] }

export async function loadInterestChoices(payload: Payload, locale: Locale): Promise<InterestChoices> {
  const { docs } = await payload.find({
    collection: 'themes',
    locale,
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: false,
    sort: 'order',
    select: { name: true, kind: true },
  })
  return {
    languages: locales.map(({ code, label }) => ({ value: code, label })),
    themes: docs.map((theme) => ({ id: theme.id, name: theme.name, kind: theme.kind })),
    regions: worldRegionCodes.map((code) => ({ value: code, label: worldRegionName(code, locale) })),
  }
}

/** Cached until an editor changes a theme (the form sits on cached campaign pages). */
export const getInterestChoices = (locale: Locale): Promise<InterestChoices> =>
  unstable_cache(async () => loadInterestChoices(await getPayloadClient(), locale), ['newsletter-interest-choices', locale], { tags: [cacheTags.themes] })()

/** Whether every id names a theme (a form can be tampered with). */
export async function themesExist(payload: Payload, ids: number[]): Promise<boolean> {
  if (ids.length === 0) return true
  const { totalDocs } = await payload.count({ collection: 'themes', where: { id: { in: ids } }, overrideAccess: true })
  return totalDocs === ids.length
}
