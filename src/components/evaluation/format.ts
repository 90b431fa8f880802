import { formatNumber } from '@/i18n/interpolate'
import type { Locale } from '@/i18n/locales'

/** A score or weight with at most one decimal, in the language's notation: 3.5 or 3,5. */
export const formatScore = (value: number, locale: Locale) => formatNumber(value, locale, { maximumFractionDigits: 1 })

/** A share of 0–100 as the language writes percentages: 85% or 85 %. */
export const formatPercent = (value: number, locale: Locale, digits = 0) =>
  formatNumber(value / 100, locale, { style: 'percent', maximumFractionDigits: digits })

/** A calendar date in words (the day it is in UTC, where results are dated). */
export const formatDate = (iso: string, locale: Locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso))
