import type { Locale } from '@/i18n/locales'

// The thousands separator people type in each language (the other mark is the decimal one).
const GROUP_MARK: Record<Locale, ',' | '.'> = { en: ',', fr: '.', es: '.', pt: '.' }

/**
 * A number as a person types it: "1200", "85.5", "85,5", "1 200", "1,200" (English) or "1.200"
 * (French, Spanish, Portuguese). Null when it is not a number.
 */
export function parseLocalizedNumber(raw: string, locale: Locale): number | null {
  const compact = raw.replace(/[\s\u00a0\u202f']/g, '')
  if (!/^\d[\d.,]*$/.test(compact)) return null
  const marks = compact.replace(/\d/g, '')
  let normalised: string
  if (!marks) {
    normalised = compact
  } else if (new Set(marks).size === 2) {
    // Both marks: the last one is the decimal mark.
    const decimal = marks.at(-1) as string
    const group = decimal === '.' ? ',' : '.'
    if (marks.slice(0, -1).includes(decimal)) return null
    normalised = compact.split(group).join('').replace(decimal, '.')
  } else {
    const mark = marks[0]
    const groups = compact.split(mark)
    const looksGrouped = groups.slice(1).every((group) => group.length === 3) && groups[0].length <= 3
    if (marks.length > 1) {
      if (!looksGrouped) return null
      normalised = groups.join('')
    } else {
      normalised = looksGrouped && mark === GROUP_MARK[locale] ? groups.join('') : groups.join('.')
    }
  }
  const value = Number(normalised)
  return Number.isFinite(value) ? value : null
}
