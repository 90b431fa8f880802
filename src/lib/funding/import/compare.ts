import type { ExistingAction } from './references'
import type { RowIntent } from './toData'

const ISO_MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/
const LOCALIZED = new Set(['title', 'summary'])

const idOf = (value: unknown) => (typeof value === 'object' && value !== null && 'id' in value ? (value as { id: unknown }).id : value)

/** Whether the existing value already says what the file says; only the keys the file sets count. */
export function sameValue(wanted: unknown, current: unknown): boolean {
  if (wanted === null || wanted === undefined) return current === null || current === undefined || (Array.isArray(current) && current.length === 0)
  if (Array.isArray(wanted)) {
    const list = Array.isArray(current) ? current : []
    return wanted.length === list.length && wanted.every((item, index) => sameValue(item, idOf(list[index])))
  }
  if (typeof wanted === 'object') {
    const record = (current ?? {}) as Record<string, unknown>
    return Object.entries(wanted).every(([key, value]) => sameValue(value, record[key]))
  }
  if (typeof wanted === 'string' && typeof current === 'string' && ISO_MOMENT.test(wanted) && ISO_MOMENT.test(current)) {
    return new Date(wanted).getTime() === new Date(current).getTime()
  }
  return wanted === idOf(current)
}

/** A localized field of the existing entry in one language. */
export const inLocale = (value: ExistingAction['title'] | null | undefined, locale: string): string | undefined =>
  typeof value === 'string' ? (locale === 'en' ? value : undefined) : (value?.[locale] ?? undefined)

/** Whether the English data, providers and publication state already are what the row asks for. */
export function englishUnchanged(existing: ExistingAction, intent: RowIntent, providerIds: number[] | undefined, publish: boolean): boolean {
  if (publish && existing._status !== 'published') return false
  const { title, summary, ...rest } = intent.data
  if (title !== inLocale(existing.title, 'en') || summary !== inLocale(existing.summary, 'en')) return false
  if (!Object.entries(rest).every(([key, value]) => !LOCALIZED.has(key) && sameValue(value, existing[key as keyof ExistingAction]))) return false
  return providerIds === undefined || sameValue(providerIds, existing.providers)
}

/** The row's translations that differ from the entry's (all of them for a new entry). */
export function changedTranslations(existing: ExistingAction | undefined, intent: RowIntent): RowIntent['translations'] {
  if (!existing) return intent.translations
  return intent.translations.filter(
    ({ locale, title, summary }) => title !== inLocale(existing.title, locale) || summary !== inLocale(existing.summary, locale),
  )
}
