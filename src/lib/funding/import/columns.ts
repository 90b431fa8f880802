/**
 * The largest file and the most rows one import accepts (bigger files are split). A row costs one
 * Payload write per language it changes, a fifth of a second or so each: 500 new rows with a
 * translation take a few minutes, within one request.
 */
export const IMPORT_MAX_BYTES = 2 * 1024 * 1024
export const IMPORT_MAX_ROWS = 500

/** The time zone of a date-only or local date-time cell when the row names none. */
export const DEFAULT_TIME_ZONE = 'Europe/Brussels'

export const TRANSLATED_LOCALES = ['fr', 'es', 'pt'] as const

/**
 * Every column the import reads, in the template's order. Only `external_id`, `title_en` and
 * `summary_en` must be in the file; a column left out leaves that field of an existing entry alone,
 * an empty cell in a column that is there clears it (except translations, which stay as they were).
 */
export const IMPORT_COLUMNS = [
  'external_id',
  'title_en',
  'summary_en',
  'title_fr',
  'summary_fr',
  'title_es',
  'summary_es',
  'title_pt',
  'summary_pt',
  'level',
  'direction',
  'instruments',
  'themes',
  'providers',
  'provider_type',
  'provider_country',
  'eligible_countries',
  'eligible_regions',
  'country_scope',
  'applicant_types',
  'min_population',
  'ticket_min',
  'ticket_max',
  'currency',
  'funding_rate',
  'co_financing_required',
  'consortium_required',
  'rolling',
  'opens_at',
  'closes_at',
  'time_zone',
  'apply_url',
  'contact',
  'source_label',
  'source_url',
  'last_verified_at',
  'publish',
] as const

export type ImportColumn = (typeof IMPORT_COLUMNS)[number]

export const REQUIRED_COLUMNS: readonly ImportColumn[] = ['external_id', 'title_en', 'summary_en']

/** Needed to create an entry (an existing one keeps its own when the cell is empty). */
export const NEEDED_FOR_NEW: readonly ImportColumn[] = ['level', 'direction', 'instruments']

export const isImportColumn = (name: string): name is ImportColumn => (IMPORT_COLUMNS as readonly string[]).includes(name)

/** One example row of the template: the formats, by example. It is saved as a draft if imported. */
export const TEMPLATE_EXAMPLE: Record<ImportColumn, string> = {
  external_id: 'example-city-facility-2027',
  title_en: 'Example: city climate facility (replace this row)',
  summary_en: 'Technical assistance for cities preparing climate projects.',
  title_fr: 'Exemple : facilité climat pour les villes',
  summary_fr: 'Assistance technique aux villes qui préparent des projets climat.',
  title_es: '',
  summary_es: '',
  title_pt: '',
  summary_pt: '',
  level: 'multilateral',
  direction: 'outbound',
  instruments: 'technical_assistance;project_preparation',
  themes: 'mobility;energy-systems',
  providers: 'European Commission;AFD',
  provider_type: 'funder',
  provider_country: 'FR',
  eligible_countries: 'KE;SN',
  eligible_regions: 'africa;asia',
  country_scope: 'oda',
  applicant_types: 'city;metropolitan_regional',
  min_population: '100000',
  ticket_min: '50000',
  ticket_max: '750000',
  currency: 'EUR',
  funding_rate: '80',
  co_financing_required: 'yes',
  consortium_required: 'no',
  rolling: 'no',
  opens_at: '2027-01-05',
  closes_at: '2027-01-30 17:00',
  time_zone: 'Europe/Brussels',
  apply_url: 'https://example.org/apply',
  contact: 'facility@example.org',
  source_label: 'Programme page',
  source_url: 'https://example.org/programme',
  last_verified_at: '2026-11-15',
  publish: 'no',
}

/** How each column is written, for the guide beside the import form (the kinds are explained there). */
export type ColumnKind =
  | 'key'
  | 'text'
  | 'translation'
  | 'choice'
  | 'choices'
  | 'themes'
  | 'providers'
  | 'providerType'
  | 'country'
  | 'countries'
  | 'integer'
  | 'number'
  | 'percent'
  | 'currency'
  | 'yesNo'
  | 'date'
  | 'deadline'
  | 'timeZone'
  | 'url'
  | 'publish'

export const COLUMN_KINDS: Record<ImportColumn, ColumnKind> = {
  external_id: 'key',
  title_en: 'text',
  summary_en: 'text',
  title_fr: 'translation',
  summary_fr: 'translation',
  title_es: 'translation',
  summary_es: 'translation',
  title_pt: 'translation',
  summary_pt: 'translation',
  level: 'choice',
  direction: 'choice',
  instruments: 'choices',
  themes: 'themes',
  providers: 'providers',
  provider_type: 'providerType',
  provider_country: 'country',
  eligible_countries: 'countries',
  eligible_regions: 'choices',
  country_scope: 'choice',
  applicant_types: 'choices',
  min_population: 'integer',
  ticket_min: 'number',
  ticket_max: 'number',
  currency: 'currency',
  funding_rate: 'percent',
  co_financing_required: 'yesNo',
  consortium_required: 'yesNo',
  rolling: 'yesNo',
  opens_at: 'date',
  closes_at: 'deadline',
  time_zone: 'timeZone',
  apply_url: 'url',
  contact: 'text',
  source_label: 'text',
  source_url: 'url',
  last_verified_at: 'date',
  publish: 'publish',
}
