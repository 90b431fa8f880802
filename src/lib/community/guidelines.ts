import type { Locale } from '@/i18n/locales'

/** The community guidelines are a CMS page (seeded in every language by `npm run seed`), at `/{locale}/community-guidelines`. */
export const COMMUNITY_GUIDELINES_SLUG = 'community-guidelines'

export const communityGuidelinesPath = (locale: Locale): string => `/${locale}/${COMMUNITY_GUIDELINES_SLUG}`
