import type { Field, FieldHook, GroupField } from 'payload'

export const VERIFICATION_LEVELS = [
  { value: 'self_reported', label: { en: 'Self-reported', fr: 'Déclaré par la ville', es: 'Autodeclarado', pt: 'Autodeclarado' } },
  { value: 'expert_reviewed', label: { en: 'Expert-reviewed', fr: 'Revu par des experts', es: 'Revisado por expertos', pt: 'Revisto por peritos' } },
  { value: 'independently_verified', label: { en: 'Independently verified', fr: 'Vérifié de manière indépendante', es: 'Verificado de forma independiente', pt: 'Verificado de forma independente' } },
]

export const ACCOUNTING_METHODS = [
  { value: 'gpc', label: 'GPC (Global Protocol for Community-Scale GHG Inventories)' },
  { value: 'ghg_protocol', label: 'GHG Protocol (corporate / project)' },
  { value: 'iso_14064', label: 'ISO 14064' },
  { value: 'crf', label: 'Common Reporting Framework (Covenant of Mayors)' },
  { value: 'ipcc', label: 'IPCC guidelines' },
  { value: 'other', label: { en: 'Other (describe)', fr: 'Autre (à décrire)', es: 'Otro (describir)', pt: 'Outro (descrever)' } },
]

export const CO_BENEFITS = [
  { value: 'air_quality', label: { en: 'Air quality', fr: 'Qualité de l’air', es: 'Calidad del aire', pt: 'Qualidade do ar' } },
  { value: 'health', label: { en: 'Health', fr: 'Santé', es: 'Salud', pt: 'Saúde' } },
  { value: 'jobs', label: { en: 'Jobs', fr: 'Emploi', es: 'Empleo', pt: 'Emprego' } },
  { value: 'equity', label: { en: 'Equity', fr: 'Équité', es: 'Equidad', pt: 'Equidade' } },
  { value: 'biodiversity', label: { en: 'Biodiversity', fr: 'Biodiversité', es: 'Biodiversidad', pt: 'Biodiversidade' } },
  { value: 'energy_poverty', label: { en: 'Less energy poverty', fr: 'Moins de précarité énergétique', es: 'Menos pobreza energética', pt: 'Menos pobreza energética' } },
  { value: 'resilience', label: { en: 'Climate resilience', fr: 'Résilience climatique', es: 'Resiliencia climática', pt: 'Resiliência climática' } },
  { value: 'noise', label: { en: 'Less noise', fr: 'Moins de bruit', es: 'Menos ruido', pt: 'Menos ruído' } },
  { value: 'mobility_access', label: { en: 'Access to mobility', fr: 'Accès à la mobilité', es: 'Acceso a la movilidad', pt: 'Acesso à mobilidade' } },
  { value: 'local_economy', label: { en: 'Local economy', fr: 'Économie locale', es: 'Economía local', pt: 'Economia local' } },
  { value: 'energy_security', label: { en: 'Energy security', fr: 'Sécurité énergétique', es: 'Seguridad energética', pt: 'Segurança energética' } },
]

/** Cost per tonne avoided over the measure's life, in the budget's currency; empty when a figure is missing. */
export function costPerTonne(budget?: number | null, tonnesPerYear?: number | null, lifetimeYears?: number | null): number | null {
  if (!budget || !tonnesPerYear || !lifetimeYears || budget <= 0 || tonnesPerYear <= 0 || lifetimeYears <= 0) return null
  return Math.round((budget / (tonnesPerYear * lifetimeYears)) * 100) / 100
}

const computeCostPerTonne: FieldHook = ({ data, siblingData }) =>
  costPerTonne(data?.budget?.amount, siblingData?.emissionsReduced, siblingData?.lifetimeYears)

/** Quantified impact with its method and how the figures were checked. */
export function impactFields(overrides: Partial<GroupField> = {}): GroupField {
  const fields: Field[] = [
    {
      type: 'row',
      fields: [
        { name: 'emissionsReduced', label: 'Emissions reduced (tCO2e per year)', type: 'number', min: 0, index: true },
        { name: 'baselineYear', type: 'number', min: 1990, max: 2100 },
        { name: 'lifetimeYears', label: 'Expected lifetime (years)', type: 'number', min: 1, max: 100 },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'method', type: 'select', options: ACCOUNTING_METHODS },
        { name: 'methodNote', type: 'text', localized: true, maxLength: 300 },
      ],
    },
    {
      name: 'verificationLevel',
      type: 'select',
      index: true,
      defaultValue: 'self_reported',
      required: true,
      options: VERIFICATION_LEVELS,
    },
    {
      name: 'evidence',
      type: 'array',
      labels: { singular: 'Evidence', plural: 'Evidence' },
      fields: [
        { name: 'label', type: 'text', required: true, localized: true, maxLength: 200 },
        { name: 'file', type: 'upload', relationTo: 'media' },
        { name: 'url', type: 'text', maxLength: 500, validate: validateUrl },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'energySaved', label: 'Energy saved (MWh per year)', type: 'number', min: 0 },
        { name: 'renewableProduced', label: 'Renewable energy produced (MWh per year)', type: 'number', min: 0 },
      ],
    },
    {
      name: 'costPerTonne',
      label: 'Cost per tonne avoided (budget currency)',
      type: 'number',
      admin: { readOnly: true, description: 'Computed: budget ÷ (tCO2e per year × lifetime).' },
      hooks: { beforeChange: [computeCostPerTonne] },
    },
    { name: 'coBenefits', type: 'select', hasMany: true, options: CO_BENEFITS },
  ]
  return { name: 'impact', type: 'group', fields, ...overrides } as GroupField
}

export function validateUrl(value: string | null | undefined): true | string {
  if (!value) return true
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:' ? true : 'Use an http or https address.'
  } catch {
    return 'Enter a full address starting with https://'
  }
}
