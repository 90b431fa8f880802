import type { Locale } from '@/i18n/locales'
import type { PracticeCard } from '@/lib/practices/search/types'
import type { Practice } from '@/payload-types'

/** Lexical rich text as Payload stores it; rendered on the server. */
export type RichTextValue = NonNullable<Practice['challenge']>

export type ImageView = {
  url: string
  width: number | null
  height: number | null
  alt: string
  caption: string | null
  credit: string | null
  licence: string
  licenceUrl: string | null
  /** The Open Graph size (1200 × 630), when it was generated. */
  og: { url: string; width: number; height: number } | null
}

export type FileLink = { title: string; url: string; mimeType: string | null; filesize: number | null }

export type ExternalLink = { label: string; url: string }

export type CountryRef = { name: string; slug: string; code: string; numeric: string; region: string; subregion: string | null }

export type CityRef = { name: string; slug: string; country: CountryRef | null }

export type LeadCityView = CityRef & {
  population: number | null
  populationYear: number | null
  missionCity: boolean
  targetYear: number | null
  latitude: number
  longitude: number
}

export type ThemeRef = { id: number; name: string; slug: string; kind: string }

export type ImpactView = {
  emissionsReduced: number | null
  baselineYear: number | null
  lifetimeYears: number | null
  method: string | null
  methodNote: string | null
  verificationLevel: string
  evidence: ExternalLink[]
  energySaved: number | null
  renewableProduced: number | null
  costPerTonne: number | null
  coBenefits: string[]
}

export type ContactView = { name: string; role: string | null; organisation: string | null; email: string | null; phone: string | null }

/** Everything the practice page shows. Never carries submission data; contacts only for a signed-in user. */
export type PracticeView = {
  id: number
  slug: string
  locale: Locale
  title: string
  summary: string
  story: {
    challenge: RichTextValue | null
    objectives: RichTextValue | null
    solution: RichTextValue | null
    results: RichTextValue | null
    successFactors: RichTextValue | null
    limitingFactors: RichTextValue | null
  }
  implementation: {
    steps: Array<{ title: string; description: string | null }>
    timeline: string | null
    stakeholders: string | null
  }
  replication: {
    guidance: RichTextValue | null
    powers: string | null
    budget: string | null
    partners: string | null
    time: string | null
  }
  leadCity: LeadCityView | null
  otherLocations: CityRef[]
  scale: string | null
  implementationStatus: string | null
  startYear: number | null
  endYear: number | null
  themes: ThemeRef[]
  impact: ImpactView
  budget: { amount: number | null; currency: string | null; financing: string | null }
  images: ImageView[]
  documents: FileLink[]
  sourceLinks: ExternalLink[]
  partners: Array<{ name: string; role: string | null; url: string | null }>
  lookingForPartners: boolean
  /** null when nobody is signed in: the field is never read for anonymous visitors. */
  contacts: ContactView[] | null
  replicates: { id: number; kind: 'replicates' | 'adapts' } | null
  meta: { title: string; description: string; image: ImageView | null; noIndex: boolean }
  publishedAt: string | null
  updatedAt: string
  /** True when this is a draft read for staff in preview (draft mode). */
  draft: boolean
}

export type CityLikeMine = PracticeCard & { explanation: string }

export type ReplicationMember = PracticeCard & { kind: 'replicates' | 'adapts' | null }

export type ReplicationFamily = {
  /** The practice this one replicates or adapts (published only). */
  original: ReplicationMember | null
  /** How this practice relates to the original. */
  kind: 'replicates' | 'adapts' | null
  /** Practices that replicate or adapt this one. */
  replications: ReplicationMember[]
  /** Other practices that replicate or adapt the same original. */
  siblings: ReplicationMember[]
}

/** What surrounds a practice on its page: all published, all cached with the practice lists. */
export type PracticeNeighbours = {
  related: PracticeCard[]
  citiesLikeMine: CityLikeMine[]
  family: ReplicationFamily
}
