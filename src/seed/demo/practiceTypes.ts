import type { Practice } from '@/payload-types'

type Impact = NonNullable<Practice['impact']>

/** Paragraphs of a rich-text section, one string per paragraph (seeded through `paragraphs()`). */
export type DemoText = string[]

/** A language other than English; every demo practice is written in English first. */
export type DemoTranslationLocale = 'fr' | 'es' | 'pt'

/**
 * A translation of a demo practice. Title and summary are required in every language; the story
 * sections are given for a few practices so multilingual search finds real text. Step titles and
 * source labels are required fields of their rows, so an untranslated one is stored in English;
 * everything else not translated falls back to English when read.
 */
export type DemoTranslation = {
  title: string
  summary: string
  challenge?: DemoText
  solution?: DemoText
  results?: DemoText
  /** Step titles, in the order of `steps`. */
  steps?: string[]
  /** Source link labels, in the order of `sourceLinks`. */
  sourceLabels?: string[]
}

/**
 * One demo practice, written for GKEC. Cities and themes are referred to by slug (see
 * src/seed/demo/cities-*.ts and the agreed theme slugs); the seed resolves them to ids.
 */
export type DemoPractice = {
  slug: string
  title: string
  /** At most 600 characters. */
  summary: string
  challenge: DemoText
  objectives: DemoText
  solution: DemoText
  results: DemoText
  successFactors: DemoText
  limitingFactors: DemoText
  replication: { guidance: DemoText; powers: string; budget: string; partners: string; time: string }
  /** Three to five steps. */
  steps: Array<{ title: string; description: string }>
  timeline: string
  stakeholders: string
  /** City slug. */
  leadCity: string
  /** City slugs. */
  otherLocations?: string[]
  /** Theme slugs: one action domain first, then one or two enablers. */
  themes: string[]
  scale: NonNullable<Practice['scale']>
  implementationStatus: NonNullable<Practice['implementationStatus']>
  startYear: number
  endYear?: number
  impact: {
    emissionsReduced?: number
    baselineYear?: number
    lifetimeYears?: number
    method?: NonNullable<Impact['method']>
    /** How the figure was obtained, and that it is approximate. */
    methodNote?: string
    verificationLevel: Impact['verificationLevel']
    energySaved?: number
    renewableProduced?: number
    coBenefits: NonNullable<Impact['coBenefits']>
  }
  budget?: { amount: number; currency: string; financing: string }
  /** Only official addresses known to exist. */
  sourceLinks?: Array<{ label: string; url: string }>
  partners?: Array<{ name: string; role: string; url?: string }>
  /** A demo contact: the email is at example.org. */
  contact: { name: string; role: string; organisation: string; email: string }
  lookingForPartners?: boolean
  /** The practice (by slug, in part A or B) this one replicates or adapts. */
  replicates?: { slug: string; kind: 'replicates' | 'adapts' }
  featured?: boolean
  /** How long before the seed run it was published, in days: spreads "newest" over about three years. */
  publishedDaysAgo: number
  translations: Record<DemoTranslationLocale, DemoTranslation>
}
