/**
 * The columns of the open-data exports (CSV and JSON), in order, with what each holds. The names
 * follow the editors' import template where the two share a field; lists are `;`-separated in CSV
 * and arrays in JSON; yes/no in CSV, booleans in JSON; moments in ISO 8601 with the offset of the
 * action's time zone. Only published actions, only public fields: no drafts, no staff data.
 */
export const OPEN_DATA_COLUMNS = {
  external_id: 'Stable identifier of the action (the key of the editors’ import), when it has one.',
  title: 'Title, in the export’s language (else English).',
  summary: 'Short description, in the export’s language (else English).',
  level: 'eu, national, regional, city, multilateral, philanthropic or other_international.',
  direction: 'outbound (European support for cities outside Europe), inbound (international opportunity for European cities) or both.',
  instruments: 'grant, loan, guarantee, equity, technical_assistance, advisory, project_preparation, capacity_building, matchmaking, prize.',
  themes: 'Theme slugs (e.g. mobility, energy-systems).',
  providers: 'Names of the provider organisations.',
  provider_country: 'ISO 3166-1 alpha-2 code of the provider’s country.',
  eligible_countries: 'ISO alpha-2 codes of the countries listed as eligible (empty with no regions: every country).',
  eligible_regions: 'World regions listed as eligible: africa, americas, asia, europe, oceania.',
  country_scope: 'any, oda (ODA-eligible countries only) or eu_associated (EU Member States and Associated Countries only).',
  applicant_types: 'Who may apply (empty: any type).',
  min_population: 'Minimum population of an applicant city, when there is one.',
  ticket_min: 'Smallest amount per project, in `currency`.',
  ticket_max: 'Largest amount per project, in `currency`.',
  currency: 'ISO 4217 code.',
  ticket_is_total_budget: 'yes when ticket_min/ticket_max are the programme’s total budget rather than a ticket size.',
  funding_rate: 'Share of the costs funded, in percent.',
  co_financing_required: 'yes or no.',
  consortium_required: 'yes or no.',
  rolling: 'yes when applications are accepted at any time (then there is no closing date).',
  opens_at: 'When applications open, ISO 8601 with the offset of `time_zone`.',
  closes_at: 'The deadline, ISO 8601 with the offset of `time_zone`.',
  time_zone: 'IANA time zone of the dates (e.g. Europe/Brussels).',
  status: 'upcoming, open, closing_soon (deadline within 30 days) or closed, at the time of the export.',
  apply_url: 'Where to apply.',
  source_url: 'The official page the entry was taken from.',
  last_verified_at: 'When the entry was last checked against its source (entries unchecked for 6 months need verification).',
  published_at: 'When the entry was first published on GKEC.',
  is_demo: 'yes for demonstration entries that still need to be checked before anyone relies on them.',
  url: 'The action’s page on GKEC.',
} as const

export type OpenDataColumn = keyof typeof OPEN_DATA_COLUMNS

export const OPEN_DATA_COLUMN_NAMES = Object.keys(OPEN_DATA_COLUMNS) as OpenDataColumn[]
