import { formatNumber, interpolate } from '@/i18n/interpolate'
import type { Locale } from '@/i18n/locales'
import type { PracticeStrings } from '@/i18n/strings/practice/en'

/** A figure with at most one decimal, grouped for the language: 12,500 or 12 500. */
export const formatFigure = (value: number, locale: Locale) => formatNumber(value, locale, { maximumFractionDigits: value < 100 ? 1 : 0 })

/** An amount in its currency (an ISO 4217 code); a code Intl does not know is shown as it is. */
export function formatMoney(amount: number, currency: string | null, locale: Locale, options: { precise?: boolean } = {}): string {
  const digits = options.precise && amount < 1000 ? 2 : 0
  if (!currency) return formatNumber(amount, locale, { maximumFractionDigits: digits })
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(amount)
  } catch {
    return `${formatNumber(amount, locale, { maximumFractionDigits: digits })} ${currency}`
  }
}

/** "2012–2020", "since 2012" or "from 2027" for a planned practice. */
export function formatPeriod(
  practice: { startYear: number | null; endYear: number | null; implementationStatus: string | null },
  strings: PracticeStrings['facts'],
): string | null {
  const { startYear, endYear, implementationStatus } = practice
  if (startYear && endYear) return startYear === endYear ? String(startYear) : `${startYear}–${endYear}`
  if (startYear) return interpolate(implementationStatus === 'planned' ? strings.planned : strings.since, { year: String(startYear) })
  return endYear ? String(endYear) : null
}

/** "2.4 MB" for a document link, so people on slow connections know what they are about to load. */
export function formatFileSize(bytes: number, locale: Locale): string {
  const units = ['B', 'KB', 'MB', 'GB']
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit += 1
  }
  return `${formatNumber(value, locale, { maximumFractionDigits: unit === 0 ? 0 : 1 })} ${units[unit]}`
}

/** A label from a table of strings, or the raw value when the table does not know it. */
export function labelFrom<T extends Record<string, string>>(table: T, value: string | null): string | null {
  if (!value) return null
  return (table as Record<string, string>)[value] ?? value
}
