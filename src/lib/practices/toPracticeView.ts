import type { Locale } from '@/i18n/locales'
import { toCityRef, toLeadCityView } from '@/lib/geography/refs'
import type { Practice, Theme } from '@/payload-types'
import { toFileLink, toImageView } from './mediaView'
import type { CityRef, ContactView, ExternalLink, PracticeView, ThemeRef } from './practiceView'

const present = <T>(value: T | null | undefined): value is T => value !== null && value !== undefined

export const isTheme = (value: unknown): value is Theme => typeof value === 'object' && value !== null && 'kind' in value

export function toThemeRef(value: number | Theme): ThemeRef | null {
  return isTheme(value) ? { id: value.id, name: value.name, slug: value.slug, kind: value.kind } : null
}

function toContacts(practice: Practice, signedIn: boolean): ContactView[] | null {
  // Read-protected for anonymous visitors; checked here too so a cached public view never has them.
  if (!signedIn) return null
  return (practice.contacts ?? []).map((contact) => ({
    name: contact.name,
    role: contact.role ?? null,
    organisation: contact.organisation ?? null,
    email: contact.email ?? null,
    phone: contact.phone ?? null,
  }))
}

function toEvidence(practice: Practice): ExternalLink[] {
  return (practice.impact?.evidence ?? [])
    .map((item) => {
      const url = item.url || toFileLink(item.label, item.file)?.url
      return url ? { label: item.label, url } : null
    })
    .filter(present)
}

/** The page's view of a practice read at depth 2 (cities with their countries, media, themes). */
export function toPracticeView(practice: Practice, locale: Locale, options: { signedIn: boolean; draft: boolean }): PracticeView {
  const images = (practice.images ?? []).map((item) => toImageView(item.image, item.caption)).filter(present)
  const metaImage = toImageView(practice.meta?.image) ?? images[0] ?? null
  const replicates = practice.replicates
  const replicatesId = typeof replicates === 'object' && replicates ? replicates.id : (replicates ?? null)
  return {
    id: practice.id,
    slug: practice.slug,
    locale,
    title: practice.title,
    summary: practice.summary,
    story: {
      challenge: practice.challenge ?? null,
      objectives: practice.objectives ?? null,
      solution: practice.solution ?? null,
      results: practice.results ?? null,
      successFactors: practice.successFactors ?? null,
      limitingFactors: practice.limitingFactors ?? null,
    },
    implementation: {
      steps: (practice.implementation?.steps ?? []).map((step) => ({ title: step.title, description: step.description ?? null })),
      timeline: practice.implementation?.timeline ?? null,
      stakeholders: practice.implementation?.stakeholders ?? null,
    },
    replication: {
      guidance: practice.replication?.guidance ?? null,
      powers: practice.replication?.powers ?? null,
      budget: practice.replication?.budget ?? null,
      partners: practice.replication?.partners ?? null,
      time: practice.replication?.time ?? null,
    },
    leadCity: toLeadCityView(practice.leadCity),
    otherLocations: (practice.otherLocations ?? []).map(toCityRef).filter((city): city is CityRef => city !== null),
    scale: practice.scale ?? null,
    implementationStatus: practice.implementationStatus ?? null,
    startYear: practice.startYear ?? null,
    endYear: practice.endYear ?? null,
    themes: (practice.themes ?? []).map(toThemeRef).filter(present),
    impact: {
      emissionsReduced: practice.impact?.emissionsReduced ?? null,
      baselineYear: practice.impact?.baselineYear ?? null,
      lifetimeYears: practice.impact?.lifetimeYears ?? null,
      method: practice.impact?.method ?? null,
      methodNote: practice.impact?.methodNote ?? null,
      verificationLevel: practice.impact?.verificationLevel ?? 'self_reported',
      evidence: toEvidence(practice),
      energySaved: practice.impact?.energySaved ?? null,
      renewableProduced: practice.impact?.renewableProduced ?? null,
      costPerTonne: practice.impact?.costPerTonne ?? null,
      coBenefits: practice.impact?.coBenefits ?? [],
    },
    budget: {
      amount: practice.budget?.amount ?? null,
      currency: practice.budget?.currency ?? null,
      financing: practice.budget?.financing ?? null,
    },
    images,
    documents: (practice.documents ?? []).map((doc) => toFileLink(doc.title, doc.file)).filter(present),
    sourceLinks: (practice.sourceLinks ?? []).map((link) => ({ label: link.label, url: link.url })),
    partners: (practice.partners ?? []).map((partner) => ({ name: partner.name, role: partner.role ?? null, url: partner.url ?? null })),
    lookingForPartners: Boolean(practice.lookingForPartners),
    contacts: toContacts(practice, options.signedIn),
    replicates: replicatesId ? { id: replicatesId, kind: practice.replicationKind ?? 'replicates' } : null,
    meta: {
      title: practice.meta?.title || practice.title,
      description: practice.meta?.description || practice.summary,
      image: metaImage,
      noIndex: Boolean(practice.meta?.noIndex),
    },
    publishedAt: practice.publishedAt ?? null,
    updatedAt: practice.updatedAt,
    draft: options.draft,
  }
}
