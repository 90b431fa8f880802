/** Value → names in the four interface languages, for select options in the admin and labels on pages. */
type Names = { en: string; fr: string; es: string; pt: string }

export const CAMPAIGN_AUDIENCES = {
  mission_cities: { en: 'EU Mission cities', fr: 'Villes de la Mission', es: 'Ciudades de la Misión', pt: 'Cidades da Missão' },
  global_cities: { en: 'Cities outside Europe', fr: 'Villes hors d’Europe', es: 'Ciudades fuera de Europa', pt: 'Cidades fora da Europa' },
  national_governments: { en: 'National governments', fr: 'Gouvernements nationaux', es: 'Gobiernos nacionales', pt: 'Governos nacionais' },
  funders: { en: 'Funders and investors', fr: 'Financeurs et investisseurs', es: 'Financiadores e inversores', pt: 'Financiadores e investidores' },
  researchers: { en: 'Researchers', fr: 'Chercheurs', es: 'Investigadores', pt: 'Investigadores' },
  businesses: { en: 'Businesses', fr: 'Entreprises', es: 'Empresas', pt: 'Empresas' },
  civil_society: { en: 'Civil society', fr: 'Société civile', es: 'Sociedad civil', pt: 'Sociedade civil' },
  media: { en: 'Media', fr: 'Médias', es: 'Medios', pt: 'Comunicação social' },
} satisfies Record<string, Names>

export type CampaignAudience = keyof typeof CAMPAIGN_AUDIENCES

/**
 * The live figures a key-figures block can show, each computed from GKEC's own published data
 * (`src/lib/campaigns/keyFigures.ts`).
 */
export const KEY_FIGURE_METRICS = {
  practices: { en: 'Practices published', fr: 'Pratiques publiées', es: 'Prácticas publicadas', pt: 'Práticas publicadas' },
  cities: { en: 'Cities with a practice', fr: 'Villes ayant une pratique', es: 'Ciudades con una práctica', pt: 'Cidades com uma prática' },
  countries: { en: 'Countries', fr: 'Pays', es: 'Países', pt: 'Países' },
  missionCities: { en: 'Mission cities sharing', fr: 'Villes de la Mission qui partagent', es: 'Ciudades de la Misión que comparten', pt: 'Cidades da Missão que partilham' },
  emissionsFeatured: {
    en: 'tCO2e a year avoided by the featured practices',
    fr: 'tCO2e évitées par an par les pratiques présentées',
    es: 'tCO2e al año evitadas por las prácticas destacadas',
    pt: 'tCO2e por ano evitadas pelas práticas em destaque',
  },
  emissionsAll: { en: 'tCO2e a year avoided by all practices', fr: 'tCO2e évitées par an par toutes les pratiques', es: 'tCO2e al año evitadas por todas las prácticas', pt: 'tCO2e por ano evitadas por todas as práticas' },
  fundingOpen: { en: 'Funding actions open now', fr: 'Financements ouverts', es: 'Financiaciones abiertas', pt: 'Financiamentos abertos' },
} satisfies Record<string, Names>

export type KeyFigureMetric = keyof typeof KEY_FIGURE_METRICS

export const VIDEO_PROVIDERS = ['youtube', 'vimeo'] as const
export type VideoProvider = (typeof VIDEO_PROVIDERS)[number]

/** What a campaign metric row counts. */
export const METRIC_KINDS = ['view', 'signup', 'cta'] as const
export type MetricKind = (typeof METRIC_KINDS)[number]

export const SUBSCRIBER_STATUSES = {
  pending: { en: 'Waiting for confirmation', fr: 'En attente de confirmation', es: 'Pendiente de confirmación', pt: 'A aguardar confirmação' },
  confirmed: { en: 'Confirmed', fr: 'Confirmé', es: 'Confirmado', pt: 'Confirmado' },
  unsubscribed: { en: 'Unsubscribed', fr: 'Désabonné', es: 'Baja', pt: 'Cancelado' },
  bounced: { en: 'Bounced', fr: 'Adresse en échec', es: 'Rebotado', pt: 'Devolvido' },
} satisfies Record<string, Names>
export type SubscriberStatus = keyof typeof SUBSCRIBER_STATUSES

/** An issue's sending state; only the send service moves it. */
export const ISSUE_SEND_STATUSES = {
  draft: { en: 'Not sent', fr: 'Non envoyé', es: 'No enviado', pt: 'Não enviado' },
  scheduled: { en: 'Scheduled', fr: 'Programmé', es: 'Programado', pt: 'Agendado' },
  sending: { en: 'Sending', fr: 'Envoi en cours', es: 'Enviando', pt: 'A enviar' },
  sent: { en: 'Sent', fr: 'Envoyé', es: 'Enviado', pt: 'Enviado' },
  cancelled: { en: 'Cancelled', fr: 'Annulé', es: 'Cancelado', pt: 'Cancelado' },
} satisfies Record<string, Names>
export type IssueSendStatus = keyof typeof ISSUE_SEND_STATUSES

export const NEWSLETTER_DELIVERY_STATUSES = ['pending', 'sent', 'failed', 'skipped'] as const
export type NewsletterDeliveryStatus = (typeof NEWSLETTER_DELIVERY_STATUSES)[number]

/** Recipients per Resend batch call (Resend accepts up to 100). */
export const NEWSLETTER_BATCH_SIZE = 100
