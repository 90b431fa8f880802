import type { CollectionConfig, FieldHook } from 'payload'

import { hasRole } from '@/access/hasRole'
import { publishedOrStaff } from '@/access/publishedOrStaff'
import { seoFields } from '@/fields/seo'
import { slugField } from '@/fields/slug'
import { fundingStatus } from '@/lib/funding/status'
import { FUNDING_STATUSES } from '@/lib/funding/options'
import { localizedOptions } from '@/lib/geography/regions'
import { isStale } from '@/lib/funding/verification'
import { previewPath } from '@/lib/preview/previewPath'
import type { FundingAction } from '@/payload-types'
import { fundingEditorEndpoints } from './endpoints'
import { descriptionFields, eligibilityFields, termsFields, verificationFields } from './fields'
import { indexFundingAction, unindexDeletedFundingAction } from './hooks'
import { stampVerification } from './hooks/verification'

const editors = hasRole('editor')

const computedStatus: FieldHook<FundingAction> = ({ siblingData }) =>
  fundingStatus({ opensAt: siblingData?.dates?.opensAt, closesAt: siblingData?.dates?.closesAt, rolling: siblingData?.dates?.rolling })
const computedStale: FieldHook<FundingAction> = ({ siblingData }) => isStale(siblingData?.lastVerifiedAt)

/** Advising and funding actions: what a city can apply for, with eligibility as data. */
export const FundingActions: CollectionConfig = {
  slug: 'funding-actions',
  labels: {
    singular: { en: 'Funding action', fr: 'Action de financement', es: 'Acción de financiación', pt: 'Ação de financiamento' },
    plural: { en: 'Funding actions', fr: 'Actions de financement', es: 'Acciones de financiación', pt: 'Ações de financiamento' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'direction', 'level', 'status', 'lastVerifiedAt', 'verificationStale', '_status'],
    group: { en: 'Funding', fr: 'Financement', es: 'Financiación', pt: 'Financiamento' },
    listSearchableFields: ['title', 'slug', 'externalId'],
    livePreview: {
      url: ({ data, locale }) => previewPath({ collection: 'funding-actions', slug: data?.slug, locale: locale?.code }),
    },
    preview: (data, { locale }) => previewPath({ collection: 'funding-actions', slug: data?.slug as string, locale }),
    // Editors' tools: stale entries, bulk "mark verified", CSV import.
    components: { beforeListTable: ['@/collections/FundingActions/admin/EditorTools#EditorTools'] },
  },
  defaultSort: '-updatedAt',
  access: {
    read: publishedOrStaff,
    readVersions: editors,
    create: editors,
    update: editors,
    delete: editors,
  },
  endpoints: fundingEditorEndpoints,
  versions: { drafts: { autosave: { interval: 2000 }, schedulePublish: true }, maxPerDoc: 50 },
  hooks: {
    beforeChange: [stampVerification],
    afterChange: [indexFundingAction],
    afterDelete: [unindexDeletedFundingAction],
  },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 200 },
    { name: 'summary', type: 'textarea', required: true, localized: true, maxLength: 600 },
    {
      type: 'tabs',
      tabs: [
        { label: { en: 'Description', fr: 'Description', es: 'Descripción', pt: 'Descrição' }, fields: descriptionFields },
        { label: { en: 'Eligibility', fr: 'Éligibilité', es: 'Elegibilidad', pt: 'Elegibilidade' }, fields: eligibilityFields },
        { label: { en: 'Terms and dates', fr: 'Conditions et dates', es: 'Condiciones y fechas', pt: 'Condições e datas' }, fields: termsFields },
        { label: 'SEO', fields: [seoFields()] },
      ],
    },
    slugField('title'),
    {
      name: 'externalId',
      label: 'External id',
      type: 'text',
      unique: true,
      index: true,
      maxLength: 100,
      admin: { position: 'sidebar', description: 'A stable key for CSV imports: re-importing a row with this id updates this entry.' },
    },
    {
      name: 'status',
      type: 'select',
      virtual: true,
      options: localizedOptions(FUNDING_STATUSES),
      hooks: { afterRead: [computedStatus] },
      admin: { position: 'sidebar', readOnly: true, description: 'Computed from the dates.' },
    },
    ...verificationFields,
    {
      name: 'verificationStale',
      label: { en: 'Needs verification', fr: 'À vérifier', es: 'Por verificar', pt: 'Por verificar' },
      type: 'checkbox',
      virtual: true,
      hooks: { afterRead: [computedStale] },
      admin: { position: 'sidebar', readOnly: true, description: 'Not verified in the last 6 months.' },
    },
    {
      name: 'financedPractices',
      label: { en: 'Practices it financed', fr: 'Pratiques financées', es: 'Prácticas financiadas', pt: 'Práticas financiadas' },
      type: 'join',
      collection: 'practices',
      on: 'budget.fundingActions',
      admin: { defaultColumns: ['title', 'leadCity', '_status'] },
    },
    { name: 'publishedAt', type: 'date', index: true, admin: { position: 'sidebar', readOnly: true } },
    {
      name: 'isDemo',
      label: { en: 'Demo data, to verify', fr: 'Données de démonstration, à vérifier', es: 'Datos de demostración, por verificar', pt: 'Dados de demonstração, por verificar' },
      type: 'checkbox',
      defaultValue: false,
      index: true,
      admin: { position: 'sidebar', description: 'Seeded from public sources; check every fact before relying on it.' },
    },
  ],
}
