import { unstable_cache } from 'next/cache'
import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { cacheTags } from '@/lib/cache/tags'
import { getPayloadClient } from '@/lib/payload'

export type CountryOption = { code: string; name: string }
export type ThemeOption = { id: number; name: string; kind: 'domain' | 'enabler' }
export type SubmissionFormOptions = { countries: CountryOption[]; themes: ThemeOption[] }

/** The countries (by localized name) and themes (in editorial order) a submitter can choose from. */
export async function loadSubmissionFormOptions(payload: Payload, locale: Locale): Promise<SubmissionFormOptions> {
  const [countries, themes] = await Promise.all([
    payload.find({ collection: 'countries', locale, limit: 0, pagination: false, depth: 0, overrideAccess: false, select: { code: true, name: true } }),
    payload.find({ collection: 'themes', locale, limit: 0, pagination: false, depth: 0, overrideAccess: false, sort: 'order', select: { name: true, kind: true } }),
  ])
  const collator = new Intl.Collator(locale)
  return {
    countries: countries.docs.map((country) => ({ code: country.code, name: country.name })).sort((a, b) => collator.compare(a.name, b.name)),
    themes: themes.docs.map((theme) => ({ id: theme.id, name: theme.name, kind: theme.kind })),
  }
}

/** Cached until an editor changes a country or a theme. */
export const getSubmissionFormOptions = (locale: Locale): Promise<SubmissionFormOptions> =>
  unstable_cache(async () => loadSubmissionFormOptions(await getPayloadClient(), locale), ['submission-form-options', locale], {
    tags: [cacheTags.geography, cacheTags.themes],
  })()
