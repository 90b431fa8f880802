import type { Locale } from '@/i18n/locales'

export const campaignsPath = (locale: Locale): string => `/${locale}/campaigns`
export const campaignPath = (locale: Locale, slug: string): string => `/${locale}/campaigns/${slug}`
export const campaignShareImagePath = (locale: Locale, slug: string): string => `/${locale}/campaigns/${slug}/share-image`
