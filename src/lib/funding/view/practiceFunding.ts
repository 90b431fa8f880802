import type { Locale } from '@/i18n/locales'
import type { PracticeView } from '@/lib/practices/practiceView'
import { type FinancingActionRef, getFinancingActions } from './financedBy'
import { type CityFundingView, getFundingForCity } from './fundingForCity'

/** The funding around a practice: what financed it, and what its lead city could use to replicate it. */
export type PracticeFundingView = { financedBy: FinancingActionRef[]; forLeadCity: CityFundingView | null }

export async function getPracticeFunding(practice: PracticeView, locale: Locale): Promise<PracticeFundingView> {
  const financedBy = await getFinancingActions(practice.id, practice.slug, locale)
  const themes = practice.themes.map((theme) => theme.slug)
  const forLeadCity = practice.leadCity ? await getFundingForCity(practice.leadCity.slug, locale, themes) : null
  return { financedBy, forLeadCity }
}
