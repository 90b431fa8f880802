import type { Locale } from '@/i18n/locales'

type Names = Record<Locale, string>

/** Who runs an action: the tier of government or the kind of body. */
export const FUNDING_LEVELS = {
  eu: { en: 'European Union', fr: 'Union européenne', es: 'Unión Europea', pt: 'União Europeia' },
  national: { en: 'National', fr: 'National', es: 'Nacional', pt: 'Nacional' },
  regional: { en: 'Regional', fr: 'Régional', es: 'Regional', pt: 'Regional' },
  city: { en: 'City', fr: 'Ville', es: 'Ciudad', pt: 'Cidade' },
  multilateral: { en: 'Multilateral', fr: 'Multilatéral', es: 'Multilateral', pt: 'Multilateral' },
  philanthropic: { en: 'Philanthropic', fr: 'Philanthropique', es: 'Filantrópico', pt: 'Filantrópico' },
  other_international: { en: 'Other international', fr: 'Autre international', es: 'Otro internacional', pt: 'Outro internacional' },
} as const satisfies Record<string, Names>

/** Which way the support goes: the two halves of GKEC's database. */
export const FUNDING_DIRECTIONS = {
  outbound: {
    en: 'European support for cities outside Europe',
    fr: 'Soutien européen aux villes hors d’Europe',
    es: 'Apoyo europeo a ciudades fuera de Europa',
    pt: 'Apoio europeu a cidades fora da Europa',
  },
  inbound: {
    en: 'International opportunity for European cities',
    fr: 'Opportunité internationale pour les villes européennes',
    es: 'Oportunidad internacional para ciudades europeas',
    pt: 'Oportunidade internacional para cidades europeias',
  },
  both: { en: 'Both', fr: 'Les deux', es: 'Ambas', pt: 'Ambas' },
} as const satisfies Record<string, Names>

export const FUNDING_INSTRUMENTS = {
  grant: { en: 'Grant', fr: 'Subvention', es: 'Subvención', pt: 'Subvenção' },
  loan: { en: 'Loan', fr: 'Prêt', es: 'Préstamo', pt: 'Empréstimo' },
  guarantee: { en: 'Guarantee', fr: 'Garantie', es: 'Garantía', pt: 'Garantia' },
  equity: { en: 'Equity', fr: 'Fonds propres', es: 'Capital', pt: 'Capital próprio' },
  technical_assistance: { en: 'Technical assistance', fr: 'Assistance technique', es: 'Asistencia técnica', pt: 'Assistência técnica' },
  advisory: { en: 'Advisory', fr: 'Conseil', es: 'Asesoramiento', pt: 'Aconselhamento' },
  project_preparation: { en: 'Project preparation', fr: 'Préparation de projets', es: 'Preparación de proyectos', pt: 'Preparação de projetos' },
  capacity_building: { en: 'Capacity building', fr: 'Renforcement des capacités', es: 'Desarrollo de capacidades', pt: 'Capacitação' },
  matchmaking: { en: 'Matchmaking', fr: 'Mise en relation', es: 'Puesta en contacto', pt: 'Intermediação' },
  prize: { en: 'Prize', fr: 'Prix', es: 'Premio', pt: 'Prémio' },
} as const satisfies Record<string, Names>

/** Who may apply. An action with none listed is open to every type. */
export const APPLICANT_TYPES = {
  city: { en: 'City or local government', fr: 'Ville ou collectivité locale', es: 'Ciudad o gobierno local', pt: 'Cidade ou governo local' },
  metropolitan_regional: {
    en: 'Metropolitan or regional authority',
    fr: 'Autorité métropolitaine ou régionale',
    es: 'Autoridad metropolitana o regional',
    pt: 'Autoridade metropolitana ou regional',
  },
  national_government: { en: 'National government', fr: 'Gouvernement national', es: 'Gobierno nacional', pt: 'Governo nacional' },
  utility: { en: 'Utility', fr: 'Service public (régie)', es: 'Empresa de servicios públicos', pt: 'Empresa de serviços públicos' },
  ngo: { en: 'NGO', fr: 'ONG', es: 'ONG', pt: 'ONG' },
  research: { en: 'Research organisation', fr: 'Organisme de recherche', es: 'Organismo de investigación', pt: 'Organização de investigação' },
  business: { en: 'Business', fr: 'Entreprise', es: 'Empresa', pt: 'Empresa' },
  consortium: { en: 'Consortium', fr: 'Consortium', es: 'Consorcio', pt: 'Consórcio' },
} as const satisfies Record<string, Names>

/** A further rule on the eligible countries, on top of the explicit list and the regions. */
export const COUNTRY_SCOPES = {
  any: { en: 'No further restriction', fr: 'Aucune autre restriction', es: 'Sin otra restricción', pt: 'Sem outra restrição' },
  oda: {
    en: 'ODA-eligible countries only',
    fr: 'Pays éligibles à l’APD uniquement',
    es: 'Solo países elegibles para la AOD',
    pt: 'Apenas países elegíveis para APD',
  },
  eu_associated: {
    en: 'EU Member States and Associated Countries only',
    fr: 'États membres de l’UE et pays associés uniquement',
    es: 'Solo Estados miembros de la UE y países asociados',
    pt: 'Apenas Estados-Membros da UE e países associados',
  },
} as const satisfies Record<string, Names>

/** Computed from the dates (see status.ts), never stored. */
export const FUNDING_STATUSES = {
  upcoming: { en: 'Upcoming', fr: 'À venir', es: 'Próxima', pt: 'Em breve' },
  open: { en: 'Open', fr: 'Ouvert', es: 'Abierta', pt: 'Aberta' },
  closing_soon: { en: 'Closing within 30 days', fr: 'Clôture sous 30 jours', es: 'Cierra en menos de 30 días', pt: 'Fecha em menos de 30 dias' },
  closed: { en: 'Closed', fr: 'Clôturé', es: 'Cerrada', pt: 'Encerrada' },
} as const satisfies Record<string, Names>

export const ORGANISATION_TYPES = {
  funder: { en: 'Funder', fr: 'Bailleur', es: 'Financiador', pt: 'Financiador' },
  agency: { en: 'Agency', fr: 'Agence', es: 'Agencia', pt: 'Agência' },
  development_bank: { en: 'Development bank', fr: 'Banque de développement', es: 'Banco de desarrollo', pt: 'Banco de desenvolvimento' },
  government: { en: 'Government', fr: 'Gouvernement', es: 'Gobierno', pt: 'Governo' },
  eu_institution: { en: 'EU institution', fr: 'Institution de l’UE', es: 'Institución de la UE', pt: 'Instituição da UE' },
  foundation: { en: 'Foundation', fr: 'Fondation', es: 'Fundación', pt: 'Fundação' },
  network: { en: 'Network', fr: 'Réseau', es: 'Red', pt: 'Rede' },
  partner: { en: 'Partner', fr: 'Partenaire', es: 'Socio', pt: 'Parceiro' },
} as const satisfies Record<string, Names>

export type FundingLevel = keyof typeof FUNDING_LEVELS
export type FundingDirection = keyof typeof FUNDING_DIRECTIONS
export type FundingInstrument = keyof typeof FUNDING_INSTRUMENTS
export type ApplicantType = keyof typeof APPLICANT_TYPES
export type CountryScope = keyof typeof COUNTRY_SCOPES
export type FundingStatus = keyof typeof FUNDING_STATUSES
export type OrganisationType = keyof typeof ORGANISATION_TYPES

export const keysOf = <T extends Record<string, Names>>(table: T) => Object.keys(table) as Array<keyof T & string>

/** A value's name in a locale, or the value itself when it is not in the table. */
export function optionLabel(table: Record<string, Names>, value: string, locale: Locale): string {
  return table[value]?.[locale] ?? value
}
